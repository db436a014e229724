import { describe, it, expect } from 'vitest';
import { canonicalKey, isNumberedId, parseNumberedId } from '../../src/legal/key.js';

describe('canonicalKey', () => {
  it.each([
    ['61/2018/NĐ-CP', '61/2018/ND-CP'],
    ['61/2018/ND-CP', '61/2018/ND-CP'],
    ['61 / 2018 / nđ – cp', '61/2018/ND-CP'],
    ['61/2018/NĐ-CP'.normalize('NFD'), '61/2018/ND-CP'],
    ['61/2018/\u00d0-CP', '61/2018/D-CP'],
    ['61/2018/N\u00d0-CP', '61/2018/ND-CP'],
    ['61\uff0f2018\u2215NĐ\u2014CP', '61/2018/ND-CP'],
    ['\u00a061/2018/NĐ-CP\u00a0', '61/2018/ND-CP'],
    ['01/2018/TT-VPCP', '1/2018/TT-VPCP'],
    ['001/2018/TT-VPCP', '1/2018/TT-VPCP'],
    ['101/QĐ-BKHCN', '101/QD-BKHCN'],
    ['015/QĐ-BNV', '15/QD-BNV'],
    ['45/2013/QH13', '45/2013/QH13'],
    ['19/2014/QĐ-TTg', '19/2014/QD-TTG'],
    ['04/2018/TTLT-VKSNDTC-BCA-BQP', '4/2018/TTLT-VKSNDTC-BCA-BQP'],
    ['1/2018/UBTVQH14', '1/2018/UBTVQH14'],
    ['12/2018/L-CTN', '12/2018/L-CTN'],
    ['604/VBHN-BVHTTDL', '604/VBHN-BVHTTDL'],
    ['TCVN ISO 9001:2015', 'TCVN ISO 9001:2015'],
    ['  tcvn   iso\t9001:2015 ', 'TCVN ISO 9001:2015'],
    ['Luật Đất đai 2013', 'LUAT DAT DAI 2013'],
    // The hyphen after the kind, lost in PDF text, is put back when the id has a year.
    ['63/2010/NĐCP', '63/2010/ND-CP'],
    ['01/2018/TTVPCP', '1/2018/TT-VPCP'],
    ['124/2019/NQHĐND', '124/2019/NQ-HDND'],
    ['19/2014/qđttg', '19/2014/QD-TTG'],
    ['5/2019/CTTTG', '5/2019/CT-TTG'],
    ['04/2018/TTLTVKSNDTC-BCA-BQP', '4/2018/TTLT-VKSNDTC-BCA-BQP'],
    ['1/2020/NQLTCP-UBTWMTTQVN', '1/2020/NQLT-CP-UBTWMTTQVN'],
    // … and not where the split would be a guess.
    ['5/2019/TTLT', '5/2019/TTLT'],
    ['5/2019/TTLTB', '5/2019/TTLTB'],
    ['5/2019/TTR', '5/2019/TTR'],
    ['2/2022/UBTVQH15', '2/2022/UBTVQH15'],
    ['123/TTCP-KHTCTH', '123/TTCP-KHTCTH'],
    ['101/QĐBKHCN', '101/QDBKHCN'],
  ])('%s → %s', (id, key) => {
    expect(canonicalKey(id)).toBe(key);
  });

  it.each(['', '   ', '\u00a0\t\r\n', '\u200b'])('blank %j → null', (id) => {
    expect(canonicalKey(id)).toBeNull();
  });

  it('is idempotent', () => {
    for (const id of ['61 / 2018 / nđ – cp', '01/2018/TT-VPCP', 'TCVN ISO 9001:2015', '63/2010/NĐCP']) {
      const key = canonicalKey(id) as string;
      expect(canonicalKey(key)).toBe(key);
    }
  });
});

describe('parseNumberedId / isNumberedId', () => {
  it.each([
    ['61/2018/NĐ-CP', { number: '61', year: '2018', symbol: 'ND-CP' }],
    ['01/2018/TT-VPCP', { number: '1', year: '2018', symbol: 'TT-VPCP' }],
    ['45/2013/QH13', { number: '45', year: '2013', symbol: 'QH13' }],
    ['101/QĐ-BKHCN', { number: '101', symbol: 'QD-BKHCN' }],
  ])('%s', (id, parts) => {
    expect(parseNumberedId(id)).toEqual(parts);
    expect(isNumberedId(id)).toBe(true);
  });

  it('has no year key for no-year ids', () => {
    expect(parseNumberedId('101/QD-BKHCN')).not.toHaveProperty('year');
  });

  it.each(['TCVN ISO 9001:2015', 'QT-KHCN-01', 'BM.01.02', '1.004227', '23/4/2018', '61/2018', '', 'Luật Đất đai 2013'])(
    '%j is not numbered',
    (id) => {
      expect(parseNumberedId(id)).toBeNull();
      expect(isNumberedId(id)).toBe(false);
    },
  );
});
