/** Swedish value parsers: money, dates and periods, participant counts and their shares, percentages, personnummer. */
export { PART_OF_ABOVE, partOfRowAbove, partsOfRowsAbove, TOTAL_WORDS } from './breakdown.js';
export { type CountOptions, findCounts, hasBreakdown, makesUpTotal, parseCount } from './count.js';
export { type CountShare, findCountShares } from './count-share.js';
export { findDates, MONTH_NAME, monthNumber, parseDate, type ParsedDate } from './date.js';
export { findMoney, groupingMarkOf, parseAmount, parseMoney, readFigureCell, signedFigures, unitNamed, unreadFiguresOf } from './money.js';
export { type Found, GROUP_SPACE, MARK_GROUPED_INTEGER, parseSwedishNumber, parseWholeCount } from './number.js';
export { findPercentages, type Percentage } from './percent.js';
export { findMonthPeriods, findPeriods, findPeriodSides, lastDay, parsePeriod, parsePeriodSides, type PeriodSides } from './period.js';
export { findPersonalIdentityNumbers, luhnValid, type PersonalIdentityNumber } from './personal-identity-number.js';
