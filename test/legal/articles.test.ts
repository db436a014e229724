import { describe, it, expect } from 'vitest';
import type { ArticleRef } from '../../src/legal/citation-types.js';
import { articleKey, parseArticleList, parseArticleRefs } from '../../src/legal/articles.js';

describe('parseArticleRefs', () => {
  it.each<[string, ArticleRef[]]>([
    ['Điều 9', [{ article: '9' }]],
    ['điều 9', [{ article: '9' }]],
    ['ĐIỀU 9', [{ article: '9' }]],
    ['Điều 5a', [{ article: '5a' }]],
    ['khoản 2 Điều 9', [{ article: '9', clause: '2' }]],
    ['Khoản 2, Điều 9', [{ article: '9', clause: '2' }]],
    ['điểm a khoản 2 Điều 5', [{ article: '5', clause: '2', point: 'a' }]],
    ['điểm đ khoản 1 Điều 3', [{ article: '3', clause: '1', point: 'đ' }]],
    ['điểm a, điểm b khoản 2 Điều 5', [
      { article: '5', clause: '2', point: 'a' },
      { article: '5', clause: '2', point: 'b' },
    ]],
    ['điểm a và b khoản 2 Điều 5', [
      { article: '5', clause: '2', point: 'a' },
      { article: '5', clause: '2', point: 'b' },
    ]],
    ['khoản 1, khoản 2 Điều 5', [
      { article: '5', clause: '1' },
      { article: '5', clause: '2' },
    ]],
    ['các khoản 1, 2 Điều 5', [
      { article: '5', clause: '1' },
      { article: '5', clause: '2' },
    ]],
    ['Điều 5 và Điều 7', [{ article: '5' }, { article: '7' }]],
    ['các Điều 3, 4', [{ article: '3' }, { article: '4' }]],
    ['các Điều 3, 4 và 5', [{ article: '3' }, { article: '4' }, { article: '5' }]],
    ['khoản 1 Điều 3, Điều 4', [{ article: '3', clause: '1' }, { article: '4' }]],
    ['khoản 1 Điều 3 và khoản 2 Điều 9', [
      { article: '3', clause: '1' },
      { article: '9', clause: '2' },
    ]],
    ['điểm a khoản 1 Điều 3; khoản 2 Điều 4', [
      { article: '3', clause: '1', point: 'a' },
      { article: '4', clause: '2' },
    ]],
    ['điểm a khoản 2 Điều 5'.normalize('NFD'), [{ article: '5', clause: '2', point: 'a' }]],
    ['khoản\u00a02 Điều\r\n9', [{ article: '9', clause: '2' }]],
    ['Theo Điều 4 và Điều 11 thì', [{ article: '4' }, { article: '11' }]],
  ])('%s', (text, refs) => {
    expect(parseArticleRefs(text)).toEqual(refs);
  });

  it.each(['điều kiện', 'khoản tiền 2 triệu', 'điểm đến', 'Điều', 'khoản 2', ''])('%j has no article', (text) => {
    expect(parseArticleRefs(text)).toEqual([]);
  });

  it('reads a point đ written in NFD as đ', () => {
    expect(parseArticleRefs('điểm đ khoản 1 Điều 3'.normalize('NFD'))).toEqual([{ article: '3', clause: '1', point: 'đ' }]);
  });
});

describe('parseArticleList', () => {
  it('parses front-matter lists', () => {
    expect(parseArticleList(['Điều 9', 'khoản 2 Điều 3'])).toEqual([{ article: '9' }, { article: '3', clause: '2' }]);
  });

  it('accepts bare numbers and lists inside one value', () => {
    expect(parseArticleList(['9', ' 5a ', 'Điều 3, Điều 4'])).toEqual([
      { article: '9' },
      { article: '5a' },
      { article: '3' },
      { article: '4' },
    ]);
  });

  it('removes duplicates, keeping order', () => {
    expect(parseArticleList(['Điều 9', 'điều 9', 'Điều 09', 'Điều 3'])).toEqual([{ article: '9' }, { article: '3' }]);
  });

  it('ignores values that are not article references', () => {
    expect(parseArticleList(['toàn văn', ''])).toEqual([]);
  });
});

describe('articleKey', () => {
  it.each<[ArticleRef, string]>([
    [{ article: '9' }, '9'],
    [{ article: '09' }, '9'],
    [{ article: '5A' }, '5a'],
    [{ article: '5', clause: '2', point: 'a' }, '5'],
    [{ article: ' 12 ' }, '12'],
  ])('%j → %s', (ref, key) => {
    expect(articleKey(ref)).toBe(key);
  });
});
