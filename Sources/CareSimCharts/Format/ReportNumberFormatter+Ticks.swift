extension ReportNumberFormatter {
  /// Labels for the ticks of one axis: one unit and one number of decimals for all of them.
  ///
  /// The decimals follow the tick step (a step of 0.25 shows two, of 5 none), so labels never
  /// show spurious digits (`0.30000000000000004`) nor collapse two ticks to one label. Euros from
  /// €10,000 and numbers from 1,000,000 share a compact unit (`€250k`, `€1.5M`; Dutch writes
  /// thousands out, `€ 250.000`); zero reads as a
  /// bare `0` in its kind (`€0`, `0%`).
  ///
  /// - Parameters:
  ///   - ticks: The tick values; non-finite ones read as `—`.
  ///   - step: The distance between ticks, positive.
  ///   - format: The kind of quantity on the axis.
  /// - Returns: One label per tick, in order.
  package func tickLabels(_ ticks: [Double], step: Double, as format: ValueFormat) -> [String] {
    let finite = ticks.filter(\.isFinite)
    let largest = finite.map { DecimalDigits($0) }.filter { !$0.isZero }.map(\.exponent).max() ?? 1
    let shift = format == .percent ? 2 : 0
    let compactFrom: Int? =
      switch format {
      case .euros: 5  // €10,000 and up
      case .number: 7  // 1,000,000 and up
      case .percent: nil
      }
    let units = compactUnits
    let compactUnit =
      compactFrom.map { largest >= $0 ? min((largest - 1) / 3, units.count - 1) : 0 } ?? 0
    // A unit the locale writes out (Dutch thousands) keeps every digit: `€ 20.000`.
    let unit = writesOut(unit: compactUnit) ? 0 : compactUnit
    let stepDigits =
      step.isFinite && step > 0
      ? DecimalDigits(step).scaled(byPowerOfTen: shift - 3 * unit) : DecimalDigits(1)
    let fractionDigits = min(stepDigits.fractionDigitCount, 12)
    return ticks.map { tick in
      guard tick.isFinite else { return Self.notAvailable }
      let digits = DecimalDigits(tick).scaled(byPowerOfTen: shift - 3 * unit)
        .rounded(fractionDigits: fractionDigits)
      let body: String
      if digits.isZero {
        body = "0"
      } else if Self.needsPowerOfTen(digits.scaled(byPowerOfTen: 3 * unit)) {
        body = scientific(DecimalDigits(tick).scaled(byPowerOfTen: shift))
      } else {
        body = plain(digits, fractionDigits: fractionDigits) + units[unit]
      }
      switch format {
      case .euros: return composeEuros(body, isNegative: digits.isNegative)
      case .number: return compose(body, digits)
      case .percent: return compose(body, digits) + "%"
      }
    }
  }
}
