extension ReportNumberFormatter {
  /// The suffixes of thousands, millions, billions and trillions in the locale.
  ///
  /// English uses the financial press's `k`, `M`, `bn`, `tn`; Dutch writes thousands out in full,
  /// as Dutch policy reports do (`€ 27.000`, not `€ 27 dzd.`), and abbreviates from a million as
  /// Dutch government budgets do: `mln`, `mld` (miljard) and `bln` (biljoen), after a no-break
  /// space. An empty suffix past the first is a unit written out (see `writesOut(unit:)`).
  package var compactUnits: [String] {
    switch locale {
    case .en: ["", "k", "M", "bn", "tn"]
    case .nl: ["", "", "\u{00A0}mln", "\u{00A0}mld", "\u{00A0}bln"]
    }
  }

  /// Whether the locale writes numbers of compact unit `unit` (1 thousands, 2 millions, ...)
  /// with all their digits instead of a suffix: Dutch thousands, `27.000`.
  package func writesOut(unit: Int) -> Bool {
    unit > 0 && compactUnits[unit].isEmpty
  }

  /// `value` in the short form of axes and bar labels: `1.2M`, `250k` / `1,2 mln`, `250.000`.
  ///
  /// Below 1,000 this is `decimal(_:significantDigits:)`. Above, the value is rounded to
  /// `significantDigits` (never dropping integer digits of the unit: `250k`, not `250k` rounded to
  /// `300k`) and written in the largest unit it reaches; a value that rounds up to the next unit
  /// moves to it (999,999 reads `1M`, not `1000k`).
  public func compact(_ value: Double, significantDigits: Int = 2) -> String {
    guard value.isFinite else { return Self.notAvailable }
    guard let (body, digits) = compactBody(value, significantDigits: significantDigits) else {
      return decimal(value, significantDigits: significantDigits)
    }
    return compose(body, digits)
  }

  /// An amount in euros in the short form: `€1.2M`, `−€250k` / `€ 1,2 mln`, `€ −250.000`.
  ///
  /// Below €1,000 this is `euros(_:)`.
  public func compactEuros(_ value: Double, significantDigits: Int = 2) -> String {
    guard value.isFinite else { return Self.notAvailable }
    guard let (body, digits) = compactBody(value, significantDigits: significantDigits) else {
      return euros(value)
    }
    return composeEuros(body, isNegative: digits.isNegative)
  }

  /// `value` in the short form of its kind: compact numbers and euros, percentages as usual.
  public func compactFormat(
    _ value: Double, as format: ValueFormat, significantDigits: Int = 2
  ) -> String {
    switch format {
    case .number: compact(value, significantDigits: significantDigits)
    case .euros: compactEuros(value, significantDigits: significantDigits)
    case .percent: percent(value)
    }
  }

  /// The unsigned compact text and the rounded digits, or nil below 1,000.
  private func compactBody(_ value: Double, significantDigits: Int) -> (String, DecimalDigits)? {
    let digits = DecimalDigits(value)
    guard digits.exponent > 3 else { return nil }
    let units = compactUnits
    var unit = min((digits.exponent - 1) / 3, units.count - 1)
    var scaled = sensiblyRounded(
      digits.scaled(byPowerOfTen: -3 * unit), significantDigits: significantDigits)
    if scaled.exponent > 3 && unit < units.count - 1 {
      unit += 1
      scaled = scaled.scaled(byPowerOfTen: -3)
    }
    if Self.needsPowerOfTen(scaled.scaled(byPowerOfTen: 3 * unit)) {
      let rounded = digits.rounded(significantDigits: 3)
      return (scientific(rounded), rounded)
    }
    if writesOut(unit: unit) {
      // The rounded thousands with every digit: 27.2 thousand to two digits reads 27.000.
      let whole = scaled.scaled(byPowerOfTen: 3)
      return (plain(whole, fractionDigits: whole.fractionDigitCount), whole)
    }
    return (plain(scaled, fractionDigits: scaled.fractionDigitCount) + units[unit], scaled)
  }
}
