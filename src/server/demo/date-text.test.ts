import { describe, expect, it } from 'vitest';
import {
  excelSerial,
  googleTimestamp,
  isCalendarDate,
  salesforceDateTime,
  spacedDateTime,
  surveyMonkeyDateTime,
  usDate,
  usDatePadded,
} from './date-text';

describe('dates as each tool prints them', () => {
  it('prints US dates with and without leading zeros', () => {
    expect(usDate('2024-03-07')).toBe('3/7/2024');
    expect(usDatePadded('2024-03-07')).toBe('03/07/2024');
    // An impossible date is printed as typed, not rolled over into March.
    expect(usDate('2024-02-30')).toBe('2/30/2024');
  });

  it('prints the timestamps of Google Forms, SurveyMonkey, Qualtrics and Salesforce', () => {
    expect(googleTimestamp('2024-03-07T09:05:03')).toBe('3/7/2024 9:05:03');
    expect(surveyMonkeyDateTime('2024-03-07T00:05:03')).toBe('03/07/2024 12:05:03 AM');
    expect(surveyMonkeyDateTime('2024-03-07T13:05:03')).toBe('03/07/2024 01:05:03 PM');
    expect(spacedDateTime('2024-03-07T13:05:03')).toBe('2024-03-07 13:05:03');
    expect(salesforceDateTime('2026-09-30T12:24:00')).toBe('9/30/2026 12:24 PM');
  });

  it('gives Excel serial numbers in the 1900 date system', () => {
    // 1970-01-01 is serial 25569; 2024-01-01 is 45292 (Excel shows =DATE(2024,1,1) as 45292).
    expect(excelSerial('1970-01-01')).toBe(25_569);
    expect(excelSerial('2024-01-01')).toBe(45_292);
    // 31 days of January and 29 of February 2024 later.
    expect(excelSerial('2024-03-01')).toBe(45_352);
  });

  it('tells real calendar dates from impossible ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2024-02-30')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
  });
});
