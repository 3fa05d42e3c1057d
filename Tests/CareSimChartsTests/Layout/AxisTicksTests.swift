import CareSimCharts
import CareSimCore
import Testing

/// Ticks whose labels fit along their axis, thinned rather than overlapping.
@Suite struct AxisTicksTests {
  static let formatter = ReportNumberFormatter(locale: .en)

  /// The positions of the labels kept, and the room each needs.
  static func keptLabels(_ ticks: AxisTicks, length: Double) -> [Double] {
    let scale = LinearScale(ticks: ticks.nice, range: 0, length)
    return zip(ticks.nice.values, ticks.labels).filter { !$0.1.isEmpty }.map {
      scale.position($0.0)
    }
  }

  /// On random ranges and axis lengths, neighbouring labels kept are a label's width (across) or
  /// a line (up) apart, and the first tick is always labelled.
  @Test(arguments: [101, 102] as [UInt64])
  func keptLabelsNeverCollide(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    for _ in 0..<200 {
      let (lower, upper) = generator.dataRange(magnitudes: -2...7)
      let length = Double.random(in: 20...700, using: &generator)
      let horizontal = Bool.random(using: &generator)
      let format = ValueFormat.allCases.randomElement(using: &generator) ?? .number
      let ticks = AxisTicks.fitting(
        lower: lower, upper: upper, fixed: Bool.random(using: &generator), length: length,
        horizontal: horizontal, format: format, formatter: Self.formatter)
      #expect(ticks.labels.count == ticks.nice.values.count)
      #expect(ticks.nice.values.count < 2 || ticks.labels.first?.isEmpty == false)
      let needed =
        horizontal
        ? ticks.maxWidth + ChartStyle.Axes.labelGapAcross
        : TextMetrics.lineHeight(ChartStyle.tickSize) + ChartStyle.Axes.labelGapUp
      let positions = Self.keptLabels(ticks, length: length)
      for (a, b) in zip(positions, positions.dropFirst()) {
        #expect(b - a >= needed - 1e-9, "\(lower)...\(upper) on \(length): \(ticks.labels)")
      }
    }
  }

  @Test func widthsAreTheLabelsWidths() {
    let ticks = AxisTicks.fitting(
      lower: 0, upper: 2.5e6, fixed: false, length: 460, horizontal: true, format: .euros,
      formatter: Self.formatter)
    #expect(ticks.labels == ["€0", "€0.5M", "€1.0M", "€1.5M", "€2.0M", "€2.5M"])
    #expect(ticks.widths == ticks.labels.map { TextMetrics.width($0, size: ChartStyle.tickSize) })
    #expect(ticks.maxWidth == ticks.widths.max())
  }

  /// A longer axis never has fewer ticks.
  @Test(arguments: [true, false])
  func longerAxesHaveAtLeastAsManyTicks(horizontal: Bool) {
    let counts = stride(from: 40.0, through: 800, by: 20).map { length in
      AxisTicks.fitting(
        lower: 0, upper: 36, fixed: false, length: length, horizontal: horizontal,
        format: .number, formatter: Self.formatter
      ).nice.values.count
    }
    #expect(zip(counts, counts.dropFirst()).allSatisfy { $0 <= $1 }, "\(counts)")
  }

  /// A fixed step keeps every tick and thins only the labels.
  @Test func aFixedStepKeepsItsTicks() {
    let ticks = AxisTicks.fitting(
      lower: 0, upper: 120, fixed: true, length: 150, horizontal: true, format: .number,
      formatter: Self.formatter, step: 12)
    #expect(ticks.nice.values == stride(from: 0.0, through: 120, by: 12).map { $0 })
    #expect(ticks.labels.first == "0")
    #expect(ticks.labels.contains(""))
    #expect(ticks.widths.enumerated().allSatisfy { ($1 == 0) == ticks.labels[$0].isEmpty })
  }

  /// No length traps: zero, negative, infinite and NaN lengths give ticks at the data's ends.
  @Test(arguments: [0, -50, .infinity, .nan, 1e300] as [Double])
  func absurdLengthsDoNotTrap(length: Double) {
    let ticks = AxisTicks.fitting(
      lower: 3, upper: 7, fixed: false, length: length, horizontal: true, format: .number,
      formatter: Self.formatter)
    #expect(ticks.nice.values.count >= 2)
    #expect(ticks.nice.lower <= 3 && ticks.nice.upper >= 7)
  }
}
