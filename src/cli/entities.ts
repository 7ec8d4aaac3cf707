/**
 * What markdown-it takes from the `entities` package (decoding `&amp;`, `&#x1EA1;`…), for the
 * command line's bundle only (scripts/build.ts points markdown-it's import here): the package's
 * tables are built when it loads, which a report without an entity never needs, so it is read
 * from dist/vendor/entities.js on the first entity. The same function, called the same way.
 */
import type * as Entities from 'entities';

let entities: typeof Entities | undefined;

/** `entities`' decodeHTMLStrict, loaded on first call. */
export function decodeHTMLStrict(text: string): string {
  return (entities ??= require('entities') as typeof Entities).decodeHTMLStrict(text);
}
