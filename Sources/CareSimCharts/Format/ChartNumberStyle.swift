/// One way of writing the numbers of a chart whose axis ticks sit beside value labels: one
/// compact unit for all of them.
///
/// A bar chart whose axis reads `€0.5M` beside a bar labelled `€34.7k` makes the reader convert
/// units to compare the two, so a chart with value labels chooses its unit once, from the
/// largest value it shows: the largest unit that value reaches (`€45k`, `€500k`, `€3.1M`), or
/// the one below when a smaller label would read less than one of it (`€931k` and `€34.7k`
/// beside `€1,500k`, never `€0.93M` or `€0.03M` beside `€1.5M`); euros below €10,000 are written in whole euros, as
/// in the tables, and numbers below 1,000,000 in full. A value label keeps three significant
/// digits, with at most two decimals (`€53.9k`, `−€1.58k`, `€737k`).
package struct ChartNumberStyle: Sendable, Hashable {
  /// The kind of quantity.
  package var format: ValueFormat
  /// The index of the compact unit in ``ReportNumberFormatter/compactUnits``; 0 for none.
  package var unit: Int
  /// The most digits after the separator of a value label, in the unit; euros without a unit
  /// have exactly these (whole euros, or cents when every amount is below €10).
  package var fractionDigits: Int

  /// The style of a chart whose values (and axis range) reach `largest` in magnitude, and whose
  /// smallest nonzero label is `smallest` in magnitude.
  package init(
    largest: Double, smallest: Double? = nil, format: ValueFormat,
    formatter: ReportNumberFormatter
  ) {
    self.format = format
    let digits = DecimalDigits(largest.isFinite ? largest.magnitude : 0)
    let integerDigits = max(digits.exponent, 1)
    // The integer digits from which the axes write the kind compactly, and its first unit.
    let compact: (digits: Int, unit: Int)? =
      switch format {
      case .euros: (5, 1)  // €10,000 and up, from thousands
      case .number: (7, 2)  // 1,000,000 and up, from millions
      case .percent: nil
      }
    var unit = 0
    if let compact, integerDigits >= compact.digits {
      unit = min((integerDigits - 1) / 3, formatter.compactUnits.count - 1)
      // The largest is one to nine of its unit: a label below one of it (`€0.93M`) takes the
      // unit below, where the largest keeps four integer digits.
      let isSmall = smallest.map { DecimalDigits($0.magnitude).exponent <= 3 * unit } ?? false
      if (integerDigits - 1) % 3 == 0 && unit > compact.unit && isSmall { unit -= 1 }
      // A unit the locale writes out (Dutch thousands) keeps every digit: `€ 27.800`.
      if formatter.writesOut(unit: unit) { unit = 0 }
    }
    self.unit = unit
    switch format {
    case .percent: self.fractionDigits = 1
    // Whole euros, as in the tables; cents only when every amount is below €10.
    case .euros where unit == 0: self.fractionDigits = integerDigits >= 2 ? 0 : 2
    default: self.fractionDigits = 2
    }
  }

  /// The style of a chart whose axis covers `values` as `axis` fits them, each value labelled.
  package init(axis: ChartAxis, values: [Double], formatter: ReportNumberFormatter) {
    let extent = axis.extent(of: values) ?? (0, 0, false)
    self.init(
      largest: max(extent.lower.magnitude, extent.upper.magnitude),
      smallest: values.filter { $0.isFinite && $0 != 0 }.map(\.magnitude).min(),
      format: axis.format, formatter: formatter)
  }

  /// `value` as a value label in this style: `€34.7k` beside `€45.0k`, `−€69` beside `€4,523`.
  package func label(_ value: Double, formatter: ReportNumberFormatter) -> String {
    guard value.isFinite else { return ReportNumberFormatter.notAvailable }
    if format == .percent { return formatter.percent(value, fractionDigits: fractionDigits) }
    let scaled = DecimalDigits(value).scaled(byPowerOfTen: -3 * unit)
    let isFixed = format == .euros && unit == 0
    let decimals = isFixed ? fractionDigits : min(fractionDigits, max(0, 3 - scaled.exponent))
    var digits = scaled.rounded(fractionDigits: decimals)
    // Whole euros past four digits (Dutch writes thousands out) keep three significant digits,
    // as a label in a unit does: `€ 737.000`, not `€ 736.880`.
    if isFixed && digits.exponent > 4 { digits = digits.rounded(significantDigits: 3) }
    let body: String
    if digits.isZero {
      body = "0"
    } else if ReportNumberFormatter.needsPowerOfTen(digits.scaled(byPowerOfTen: 3 * unit)) {
      body = formatter.scientific(DecimalDigits(value))
    } else {
      body =
        formatter.plain(digits, fractionDigits: isFixed ? decimals : digits.fractionDigitCount)
        + formatter.compactUnits[unit]
    }
    return format == .euros
      ? formatter.composeEuros(body, isNegative: digits.isNegative)
      : formatter.compose(body, digits)
  }
}
