import { describe, expect, it } from 'vitest';
import { nysiis } from './nysiis';

describe('nysiis', () => {
  it('matches the published test values of the jellyfish library (testdata/nysiis.csv)', () => {
    const cases: [string, string][] = [
      ['Worthy', 'WARTY'],
      ['Ogata', 'OGAT'],
      ['montgomery', 'MANTGANARY'],
      ['Costales', 'CASTAL'],
      ['Tu', 'T'],
      ['martincevic', 'MARTANCAFAC'],
      ['Catherine', 'CATARAN'],
      ['Katherine', 'CATARAN'],
      ['Katerina', 'CATARAN'],
      ['Johnathan', 'JANATAN'],
      ['Jonathan', 'JANATAN'],
      ['Teresa', 'TARAS'],
      ['Theresa', 'TARAS'],
      ['Jessica', 'JASAC'],
      ['Joshua', 'JAS'],
      ['Bosch', 'BAS'],
      ['Lapher', 'LAFAR'],
      ['wiyh', 'WY'],
      ['MacArthur', 'MCARTAR'],
      ['Pheenard', 'FANAD'],
      ['Schmittie', 'SNATY'],
      ['Knaqze', 'NAGS'],
      ['Knokno', 'NAN'],
      ['Knoko', 'NAC'],
      ['Macaw', 'MC'],
      ['K', 'C'],
      ['PFEISTER', 'FASTAR'],
      ['SARAH', 'SAR'],
    ];
    for (const [name, code] of cases) expect(nysiis(name), name).toBe(code);
  });

  it('gives an empty code for text without letters', () => {
    expect(nysiis('')).toBe('');
    expect(nysiis('123')).toBe('');
  });
});
