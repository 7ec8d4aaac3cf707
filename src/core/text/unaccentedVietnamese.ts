/**
 * Vietnamese typed without its diacritics ("Bao cao tuan 3", "Cong viec da hoan thanh"), as
 * students and chat-style notes often write it: told from English by its most common words
 * written bare, none of which is an English word. Words that are also common Vietnamese names
 * are left out of the list, and a run of capitalised words ("Phan Van Hieu", "Nguyen Thanh
 * Tuan") is read as a name, not as text: an English report that lists Vietnamese people stays
 * English.
 */

import { lazyPattern } from './gatedPattern';
import { letterRuns } from './wordCharacters';

/** English words, and names common in English text, that bare Vietnamese shares: never evidence. */
const ENGLISH_OR_NAMES = new Set(['can', 'ban', 'van', 'den', 'ten', 'bang', 'gap', 'tin', 'nay', 'lam', 'hop', 'them', 'rat', 'len', 'he', 'day', 'bat', 'dung', 'lien', 'su', 'cap', 'hang', 'chi', 'tao', 'de', 'ma', 'thi', 'la', 'da', 'se', 've', 'bi', 'ly', 'dang', 'dan', 'mon', 'lop', 'tap', 'phat', 'hoc']);

/** Common Vietnamese words without their diacritics that no English text uses as words. */
const WORDS = new Set(
  (
    'cua duoc nhung khong cac mot nhieu voi trong chua phai cung nhu nhat moi cho va khi neu hoac sau truoc tren ' +
    'duoi giua vao xuong boi nua hon qua viec cong hoan thanh tien trien khai thuc hien muc tieu nhiem kho xay ' +
    'giao dien chuc nang nhom vien thoi gian tiep ke hoach ket bao cao tuan thang ngay kiem tra thiet nguoi dau ' +
    'cuoi buoi tich yeu cau chinh sua loi mau tiet xac dinh phuc khoi dua thien nhap xuat ky tai khoan quan duyet ' +
    'sinh giang huong nghien cuu danh gia bai truong nhan xet thao luan thong trang chu'
  )
    .split(' ')
    // A word that is also English or a common name stays out, should it be added above.
    .filter((w) => !ENGLISH_OR_NAMES.has(w)),
);

/** English words that say a text is English. */
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'is', 'are', 'was', 'were', 'for', 'with', 'on', 'that', 'this', 'we', 'will', 'be', 'have', 'has', 'it', 'in', 'at', 'from', 'by', 'our', 'not']);

/** Words of letters, the class built only for a text the ranges of `letterRuns` do not settle. */
const WORD = lazyPattern(() => /\p{L}+/gu);

/**
 * Whether `sample` reads as Vietnamese written without diacritics: at least 5 of its words are
 * bare Vietnamese words (a fifth of its words or more), twice as many as English function words.
 */
export function readsAsUnaccentedVietnamese(sample: string): boolean {
  const words = letterRuns(sample, WORD);
  let vietnamese = 0;
  let english = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const lower = word.toLowerCase();
    if (ENGLISH.has(lower)) english++;
    if (!WORDS.has(lower)) continue;
    // "Phan Van Hieu": capitalised words side by side are a name.
    if (isCapitalised(word) && (isCapitalised(words[i - 1]) || isCapitalised(words[i + 1]))) continue;
    vietnamese++;
  }
  return vietnamese >= 5 && vietnamese >= words.length / 5 && vietnamese >= 2 * english;
}

function isCapitalised(word: string | undefined): boolean {
  return word !== undefined && word[0] !== word[0].toLowerCase();
}
