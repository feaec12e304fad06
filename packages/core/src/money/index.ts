export {
  type CurrencyCode,
  CurrencyCodeSchema,
  currencyDecimals,
  isSupportedCurrency,
  minorUnitsPerMajor,
} from './currency';
export { addMoney, fromMinorUnits, isMinorUnitAmount, type Money, money, toMinorUnits } from './money';
