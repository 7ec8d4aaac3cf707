import type { Lang } from '../src/core';

/**
 * Deterministic report text of about `bytes` UTF-8 bytes: front matter, numbered sections
 * with roles, paragraphs with inline enumerations, lists, tables, code fences. The same
 * seed gives the same text, so runs can be compared.
 */
export function generateReport(bytes: number, lang: Lang, seed = 1): string {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const words = lang === 'vi' ? VI_WORDS : EN_WORDS;
  const sentence = () => {
    const n = 8 + Math.floor(random() * 14);
    const text = Array.from({ length: n }, () => pick(words)).join(' ');
    return text[0].toUpperCase() + text.slice(1) + '.';
  };
  const roles = lang === 'vi' ? VI_ROLES : EN_ROLES;
  const out: string[] = [`---\nkind: review\nlang: ${lang}\nperiod: 2023\ntitle: ${lang === 'vi' ? 'Báo cáo tổng kết' : 'Annual review'}\n---\n`];
  out.push(`# ${lang === 'vi' ? 'Báo cáo tổng kết công tác năm 2023' : 'Annual review 2023'}\n`);
  let size = Buffer.byteLength(out.join('\n'));
  let part = 0;
  while (size < bytes) {
    const chunk: string[] = [];
    const role = roles[part % roles.length];
    chunk.push(`## ${toRoman(part + 1)}. ${role}\n`);
    for (let sub = 1; sub <= 3; sub++) {
      chunk.push(`### ${sub}. ${pick(words)} ${pick(words)}\n`);
      chunk.push(Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ') + '\n');
      chunk.push(`${lang === 'vi' ? 'Nổi bật là' : 'Highlights'}: (1) ${sentence()} (2) ${sentence()} (3) ${sentence()}\n`);
      chunk.push(Array.from({ length: 4 }, (_, i) => `- ${i % 2 ? '**' + pick(words) + '**' : pick(words)} ${sentence()}`).join('\n') + '\n');
      if (sub === 2) {
        chunk.push(`| ${pick(words)} | ${pick(words)} | % |\n|---|---|---:|\n` + Array.from({ length: 4 }, () => `| ${pick(words)} | ${pick(words)} | ${Math.floor(random() * 100)} |`).join('\n') + '\n');
        chunk.push('```text\n# not a heading\n' + sentence() + '\n```\n');
      }
    }
    const text = chunk.join('\n') + '\n';
    out.push(text);
    size += Buffer.byteLength(text);
    part++;
  }
  return out.join('\n');
}

function toRoman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

const VI_ROLES = ['Kết quả đạt được', 'Tồn tại, hạn chế', 'Phương hướng, nhiệm vụ năm 2024', 'Kiến nghị, đề xuất', 'Kết luận'];
const EN_ROLES = ['Results', 'Shortcomings', 'Priorities for 2024', 'Recommendations', 'Conclusion'];
const VI_WORDS = 'cấp ủy tổ chức đảng quan tâm lãnh đạo chỉ đạo thực hiện tốt công tác bảo vệ chính trị nội bộ nhận thức trách nhiệm người đứng đầu cơ quan tham mưu phối hợp ngày càng được nâng cao nhiệm vụ đồng bộ kết quả tích cực góp phần quan trọng xây dựng chế độ hoàn thiện thể chế hóa chủ trương thẩm tra xác minh tiêu chuẩn phòng ngừa kịp thời phát hiện đấu tranh thống nhất chương trình năm kế hoạch triển khai'.split(' ');
const EN_WORDS = 'team shipped export release customer support ticket revenue growth office hiring review plan quarter goal risk blocker migration service latency budget report meeting decision owner deadline progress milestone feature quality security audit onboarding training partner contract renewal'.split(' ');
