/**
 * The import's finder of promises with numbers: which sentences it asks
 * about, the <Target> it suggests for each, and the line it names. The
 * sentences are the kind the reference strategies make (and the kind they
 * use to report the past, which are not promises).
 */

import { describe, expect, it } from 'vitest';
import { findNumericPromises, promiseIn } from '../../src/lib/authoring/import-document-promises.ts';

describe('promiseIn', () => {
  const promises: [string, string][] = [
    [
      'By 2028, we will cut the share of adults who are physically inactive from 22.3% to 20%.',
      '<Target indicator="?" baseline={22.3} value={20} by="2028">',
    ],
    [
      'We aim to get the share of people still at home 91 days after leaving hospital from 85.2% in 2014/15 to 90% by 2020/21.',
      '<Target indicator="?" baseline={85.2} since="2014/15" value={90} by="2020/21">',
    ],
    [
      'By March 2028 we will reduce alcohol admissions from 1,245 per 100,000 to 1,100 per 100,000.',
      '<Target indicator="?" baseline={1245} value={1100} by="2028">',
    ],
    ['Increase MMR uptake to 95% by 2026.', '<Target indicator="?" value={95} by="2026">'],
    [
      'Improving the rates of diagnosis in Kent to at least 60% of expected levels (currently 39%)',
      '<Target indicator="?" value={60} by="?">',
    ],
    [
      'Reducing the number of pregnant women who smoke through their pregnancies by 50%',
      '<Target indicator="?" value={?} by="?">',
    ],
    [
      'Our target is to halve smoking in pregnancy by 2030, a fall of 50 per cent.',
      '<Target indicator="?" value={?} by="2030">',
    ],
    [
      'We will get 10,000 more people active in 2027, reaching 65% of adults.',
      '<Target indicator="?" value={65} by="2027">',
    ],
  ];
  it.each(promises)('asks about %j', (sentence, suggestion) => {
    expect(promiseIn(sentence)).toBe(suggestion);
  });

  const notPromises = [
    // The past, and forecasts: numbers without intent or a deadline.
    'The number of district nurses fell by 38% between 2001 and 2011.',
    'This is projected to increase to around 18 million by 2025.',
    'Some experts argue that as little as a 5% increase in self-care could reduce the demand for professional care by 25%.',
    'In 2012/13, our borough had the highest number of people with a serious mental illness known to GPs.',
    // Numbers with intent but no figure to reach or change by.
    'We will work with 12 partners across 3 boroughs.',
    'The strategy runs from 2023 to 2028.',
    'We will publish a report in 2026.',
    'Only 7% of people with a serious mental illness will ever have a paid job.',
  ];
  it.each(notPromises)('leaves %j alone', (sentence) => {
    expect(promiseIn(sentence)).toBeUndefined();
  });
});

describe('findNumericPromises', () => {
  it('names the line of each, in paragraphs and lists but not quotes or targets already written', () => {
    const body = [
      '',
      '',
      '',
      'We want people to be well. By 2028, we will cut smoking from 14% to 10%.',
      '',
      '- Increase MMR uptake to 95% by 2026.',
      '- Something else.',
      '',
      '<Quote source="Resident">',
      '  I want us to cut waiting from 12 weeks to 6 weeks by 2026, we will see.',
      '</Quote>',
      '',
      '<Target indicator="smoking" value={10} by="2028">By 2028 we will cut smoking from 14% to 10%.</Target>',
      '',
    ].join('\n');
    expect(findNumericPromises(body)).toEqual([
      {
        line: 4,
        sentence: 'By 2028, we will cut smoking from 14% to 10%.',
        suggestion: '<Target indicator="?" baseline={14} value={10} by="2028">',
      },
      {
        line: 6,
        sentence: 'Increase MMR uptake to 95% by 2026.',
        suggestion: '<Target indicator="?" value={95} by="2026">',
      },
    ]);
  });
});
