import { describe, expect, it } from 'vitest';
import { chineseNumeralValue, numberingKey, parseNumbering } from '../../functions/core/document/outline-numbering.ts';

describe('chineseNumeralValue', () => {
  it.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23], ['九十九', 99], ['一〇', 10], ['一百零五', 105],
  ])('%s → %d', (text, value) => expect(chineseNumeralValue(text)).toBe(value));
  it('refuses non-numerals', () => {
    expect(chineseNumeralValue('总体')).toBeNull();
    expect(chineseNumeralValue('')).toBeNull();
  });
});

describe('parseNumbering', () => {
  it.each([
    ['第一章 总体要求', 'chapter', 1, '总体要求', '第一章'],
    ['第十二章　保障措施', 'chapter', 12, '保障措施', '第十二章'],
    ['第三节 重点任务', 'section', 3, '重点任务', '第三节'],
    ['第二部分 主要任务', 'part', 2, '主要任务', '第二部分'],
    ['第四篇 展望', 'part', 4, '展望', '第四篇'],
    ['【第5页】关键指标一览', 'page', 5, '关键指标一览', '【第5页】'],
    ['第12頁：分年推進', 'page', 12, '分年推進', '第12頁：'],
    ['一、总体要求', 'chinese-dun', 1, '总体要求', '一、'],
    ['十一、保障措施', 'chinese-dun', 11, '保障措施', '十一、'],
    ['（一）发展现状。', 'chinese-paren', 1, '发展现状。', '（一）'],
    ['(二十三) 其他', 'chinese-paren', 23, '其他', '(二十三)'],
    ['1. 总体目标', 'arabic-dot', 1, '总体目标', '1.'],
    ['2．主要任务', 'arabic-dot', 2, '主要任务', '2．'],
    ['3、建设原则', 'arabic-dot', 3, '建设原则', '3、'],
    ['（1）数据共享', 'arabic-paren', 1, '数据共享', '（1）'],
    ['(12) 安全', 'arabic-paren', 12, '安全', '(12)'],
    ['①建设平台', 'circled', 1, '建设平台', '①'],
    ['⑳ 末项', 'circled', 20, '末项', '⑳'],
    ['II. Vision', 'roman', 2, 'Vision', 'II.'],
    ['IX. Governance', 'roman', 9, 'Governance', 'IX.'],
    ['B. Digital Economy', 'latin', 2, 'Digital Economy', 'B.'],
    ['(c) data', 'latin', 3, 'data', '(c)'],
    ['　　二、空间布局', 'chinese-dun', 2, '空间布局', '二、'],
  ] as const)('%s', (text, scheme, value, rest, numberText) => {
    const p = parseNumbering(text);
    expect(p).not.toBeNull();
    expect(p!.numbering.scheme).toBe(scheme);
    expect(p!.numbering.value).toBe(value);
    expect(p!.numbering.text).toBe(numberText);
    expect(p!.rest).toBe(rest);
    expect(text.slice(p!.restOffset).trimEnd()).toBe(rest);
  });

  it('reads dotted decimals with their depth', () => {
    const p = parseNumbering('1.2.3 数据底座')!;
    expect(p.numbering.scheme).toBe('decimal');
    expect(p.numbering.parts).toEqual([1, 2, 3]);
    expect(p.numbering.value).toBe(3);
    expect(p.rest).toBe('数据底座');
    expect(numberingKey(p.numbering)).toBe('decimal:3');
    expect(numberingKey(parseNumbering('2.1 Goals')!.numbering)).toBe('decimal:2');
    expect(parseNumbering('1.1总体要求')!.numbering.parts).toEqual([1, 1]);
  });

  it('reads a bare chapter number over dotted sections as a decimal of one part', () => {
    const p = parseNumbering('4 总体架构')!;
    expect(p.numbering.scheme).toBe('decimal');
    expect(p.numbering.parts).toEqual([4]);
    expect(p.rest).toBe('总体架构');
    expect(numberingKey(p.numbering)).toBe('decimal:1');
    expect(parseNumbering('2 How it fits together')!.numbering.parts).toEqual([2]);
    expect(parseNumbering('5 个部门完成上云')).toBeNull();
    expect(parseNumbering('30 万户家庭')).toBeNull();
  });

  it('does not read quantities or plain text as numbering', () => {
    expect(parseNumbering('2.5亿元用于建设')).toBeNull();
    expect(parseNumbering('100%的事项网上可办')).toBeNull();
    expect(parseNumbering('2025年目标')).toBeNull();
    expect(parseNumbering('总体要求')).toBeNull();
    expect(parseNumbering('Introduction')).toBeNull();
    expect(parseNumbering('')).toBeNull();
    expect(parseNumbering('第一时间响应')).toBeNull();
  });
});
