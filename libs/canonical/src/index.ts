export * from './calendar/calendar-date';
export * from './events/business-events';
export * from './model/canonical-model';
export * from './money/currency';
export * from './money/decimal';
export * from './money/money';
export * from './dto/money.dto';
