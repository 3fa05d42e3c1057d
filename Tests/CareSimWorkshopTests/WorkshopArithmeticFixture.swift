import CareSimCharts
import CareSimCore
import Foundation
import JSON5

@testable import CareSimWorkshop

/// A workshop page whose cells hold awkward replications, and what CareSim's own components make
/// of them: the figures and texts the page must show, to the last digit.
///
/// Every page has one replication count. Its first knob, `case`, picks a cell; each cell is shown
/// at its own funding split and value of a QALY. The figures come from `FundingSplitAnalysis`
/// (a payer's balance, `saving - share * cost`, its mean, standard error and chance of a loss),
/// `PointEstimate` (informal care, society, the net monetary benefit and the QALYs, by
/// `RunningMoments`), `Quantiles` (type 7 at 0.05 and 0.95) and `FundingSplitAnalysis`'s
/// notable splits; the texts from ``WorkshopPageNumbers`` and the page's labels. Pages of one
/// replication also show each awkward value itself (the mean of one value is that value) and
/// three more knobs whose levels are awkward values in each of the knob formats.
struct WorkshopArithmeticFixture {
  typealias Amounts = WorkshopFixture.Amounts

  /// A cell, and the split and value of a QALY to show it at.
  struct Case {
    var name: String
    var rows: [Amounts]
    var split: FunderAmounts
    var valuePerQALY: Double
  }

  var replications: Int
  var cases: [Case]

  /// The awkward cells of `replications` replications, drawn from `seed`.
  init(replications: Int, seed: UInt64) {
    self.replications = replications
    var numbers = AwkwardNumbers(seed: seed)
    var cases = Self.kinds.map { kind in
      Case(
        name: "\(kind.name), \(replications) replications",
        rows: (0..<replications).map { kind.row(&numbers, $0, replications) }, split: .zero,
        valuePerQALY: 0)
    }
    if replications == 1 {
      cases += Self.values(&numbers).map { value in
        Case(
          name: "the value \(value)",
          rows: [
            Amounts(
              wmo: value, zvw: -value, wlz: value / 3, informal: value, cost: value.magnitude,
              qalys: value)
          ], split: .zero, valuePerQALY: value)
      }
    }
    for index in cases.indices {
      cases[index].split = Self.splits[index % Self.splits.count]
      if replications > 1 || index < Self.kinds.count {
        cases[index].valuePerQALY = Self.valuesPerQALY[index % Self.valuesPerQALY.count]
      }
    }
    self.cases = cases
  }

  // MARK: The awkward inputs

  /// How the replications of a cell are drawn.
  struct Kind: Sendable {
    var name: String
    /// Replication `replication` of `count`.
    var row:
      @Sendable (_ numbers: inout AwkwardNumbers, _ replication: Int, _ count: Int) -> Amounts
  }

  static let kinds: [Kind] = [
    Kind(name: "realistic amounts") { numbers, _, _ in numbers.realistic() },
    // Chances of a loss next to the page's bounds for "<1%" and ">99%" (one replication of 200
    // or 1,000, all but one) and at 5% and a half.
    Kind(name: "losses in one, all but one, 5% and half of the replications") { _, r, count in
      Amounts(
        wmo: r == 0 ? -1 : 1, zvw: r == 0 ? 1 : -1, wlz: r < count / 20 ? -2.5 : 2.5,
        informal: r < (count + 1) / 2 ? -0.5 : 0.5, cost: 0.001, qalys: r % 3 == 0 ? -1 : 1)
    },
    Kind(name: "amounts to the cent") { numbers, _, _ in
      let row = numbers.realistic()
      func cents(_ x: Double) -> Double { (x * 100).rounded() / 100 }
      return Amounts(
        wmo: cents(row.wmo), zvw: cents(row.zvw), wlz: cents(row.wlz),
        informal: cents(row.informal), cost: cents(row.cost), qalys: cents(row.qalys))
    },
    Kind(name: "losses for every payer") { numbers, _, _ in
      var row = numbers.realistic()
      row.wmo = -row.wmo.magnitude
      row.zvw = -row.zvw.magnitude
      row.wlz = -row.wlz.magnitude
      return row
    },
    Kind(name: "zeros") { _, _, _ in Amounts() },
    Kind(name: "ties at halves") { _, _, _ in
      Amounts(wmo: -1234.5, zvw: 0.125, wlz: 999.5, informal: 2.5, cost: 99_950, qalys: 0.5)
    },
    Kind(name: "small integers") { numbers, _, _ in
      Amounts(
        wmo: numbers.integer(-3...3), zvw: numbers.integer(-3...3), wlz: numbers.integer(-3...3),
        informal: numbers.integer(-3...3), cost: numbers.integer(0...2),
        qalys: numbers.integer(-1...1))
    },
    Kind(name: "large amounts") { numbers, _, _ in
      Amounts(
        wmo: numbers.signed(9...14.9), zvw: numbers.signed(9...14.9),
        wlz: numbers.signed(9...14.9), informal: numbers.signed(9...14.9),
        cost: numbers.positive(9...14), qalys: numbers.signed(3...6))
    },
    // Huge, but not so huge that the squares of the net monetary benefit's deviations (QALYs
    // times up to 10¹² euros) overflow.
    Kind(name: "huge amounts") { numbers, _, _ in
      Amounts(
        wmo: numbers.signed(100...140), zvw: numbers.signed(100...140),
        wlz: numbers.signed(100...140), informal: numbers.signed(100...140),
        cost: numbers.positive(100...140), qalys: numbers.signed(100...120))
    },
    Kind(name: "tiny amounts, subnormal ones among them") { numbers, _, _ in
      Amounts(
        wmo: numbers.signed(-320 ... -3), zvw: numbers.signed(-320 ... -3),
        wlz: numbers.signed(-320 ... -3), informal: numbers.signed(-320 ... -3),
        cost: numbers.positive(-320 ... -3), qalys: numbers.signed(-320 ... -3))
    },
    Kind(name: "amounts of every size") { numbers, _, _ in
      Amounts(
        wmo: numbers.signed(-12...14), zvw: numbers.signed(-12...14),
        wlz: numbers.signed(-12...14), informal: numbers.signed(-12...14),
        cost: numbers.positive(-12...14), qalys: numbers.signed(-12...6))
    },
  ]

  /// Funding splits, each summing to 1 within the page's 10⁻⁹.
  static let splits: [FunderAmounts] = [
    FunderAmounts(wmo: 1), FunderAmounts(zvw: 1), FunderAmounts(wlz: 1),
    FunderAmounts(wmo: 0.1, zvw: 0.2, wlz: 0.7),
    FunderAmounts(wmo: 1.0 / 3, zvw: 1.0 / 3, wlz: 1.0 / 3),
    FunderAmounts(wmo: 0.25, zvw: 0.35, wlz: 0.4), FunderAmounts(wmo: 0.7, zvw: 0.2, wlz: 0.1),
    FunderAmounts(wmo: 0.05, zvw: 0.9, wlz: 0.05),
    FunderAmounts(wmo: 0.123456789, zvw: 0.5, wlz: 0.376543211),
  ]

  static let valuesPerQALY: [Double] = [
    50_000, 20_000, 0, 80_000, 12_345.678, -1_000, 0.5, 1e12, 37_500.5, 999_999.5,
  ]

  /// Values that stress rounding and digits: halves at every rounding position, values just
  /// below and above them, values that round up to a new digit, the edges of the plainly
  /// written range, doubles with 17 digits, and short decimals drawn at random.
  static func values(_ numbers: inout AwkwardNumbers) -> [Double] {
    let chosen: [Double] = [
      0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.125, 0.005, 0.0049999, 0.045, 0.995, 1.005, 2.675, 9.995,
      99.5, 99.995, 99.996, 100, 149.5, 999.5, 1000, 1234.5, -1234.5, 5430, 9995, 99_950,
      99_949.99, 371_234, 999_499, 999_500, 999_999.5, 1e6, 1_234_567.891, 4_520_496.97,
      1e9 + 0.5, 123_456_789_012.345, 999_999_999_999_999, 9.9949e14, 0.1 + 0.2, 1.0 / 3,
      2.0 / 3, -1.0 / 3, 0.012345, 0.00012345, 1.2345e-5, 9.99e-6, 1e-6, 1.5e-7, Double.pi * 1e4,
      12.3456, 0.85, 0.815, 0.8150000000000001, 42.5, -0.0049, 9_007_199_254_740_993,
    ]
    return chosen + (0..<40).map { _ in numbers.shortDecimal() }
  }

  // MARK: The page

  /// The knobs: the case, and on pages of one replication a knob of each level format.
  var knobs: [WorkshopFixture.Knob] {
    var knobs = [
      Self.knob(id: "case", format: "number", levels: cases.indices.map(Double.init))
    ]
    if replications == 1 {
      for (format, levels) in Self.levelsByFormat {
        knobs.append(Self.knob(id: "levels-\(format)", format: format, levels: levels))
      }
    }
    return knobs
  }

  /// Levels of the knob formats `number` (four significant digits), `percent` (at most two
  /// decimals) and `euros` (whole euros, cents below €100), ascending.
  static let levelsByFormat: [(format: String, levels: [Double])] = [
    (
      "number",
      [
        -1234.5, -2.5, 0, 1e-5, 0.00012345, 0.012345, 0.5, 0.85, 0.999_95, 1, 1.5, 2.675,
        9.9995, 12.3456, 99.995, 1234.5, 9999.5, 123_456.7, 1e14 + 0.5,
      ]
    ),
    (
      "percent",
      [
        -0.5, 0, 0.000_049_999, 0.000_05, 0.001, 0.0125, 0.1, 0.123_449_999, 0.123_45, 0.155, 0.2,
        1.0 / 3, 0.5, 0.815, 0.999_95, 1, 1.5, 12.3456,
      ]
    ),
    (
      "euros",
      [
        -1234.567, -99.995, -0.005, 0, 0.004, 0.005, 0.042, 0.5, 1.005, 2.675, 12, 12.3, 99.994,
        99.995, 99.996, 100, 100.5, 550, 1234.5, 70_000, 10_000_000.5,
      ]
    ),
  ]

  static func knob(id: String, format: String, levels: [Double]) -> WorkshopFixture.Knob {
    WorkshopFixture.Knob(
      id: id, path: "fixture.\(id)", label: (id, id), short: (id, id), unit: nil, format: format,
      levels: levels, base: 0, effect: { _, _, _ in })
  }

  /// The data document.
  func document() -> WorkshopDocument {
    let others = Array(repeating: 0, count: knobs.count - 1)
    return WorkshopFixture.document(
      knobs: knobs,
      cells: cases.enumerated().map { index, fixtureCase in
        WorkshopFixture.cell(levels: [index] + others, rows: fixtureCase.rows, years: 1)
      },
      design: .factorial, replications: replications, years: 1, seed: 0,
      split: (1, 0, 0), title: "Arithmetic with \(replications) replications", exercises: [])
  }

  /// The texts that count the runs and the years (one year, and 1 to 1,000 runs), by element id:
  /// the page counts them by the same plural rule as ``WorkshopLabels/counted(_:_:_:)``.
  func designTexts(_ locale: ReportLocale) -> [String: JSONValue] {
    let (runs, years) = (
      WorkshopLabels.counted(replications, "runs", locale),
      WorkshopLabels.counted(1, "years", locale)
    )
    return [
      "replications": .string(WorkshopLabels.text("design.replications", locale, runs, years)),
      "lede": .string(
        WorkshopLabels.text("lede", locale, runs, years, String(cases.count))),
    ]
  }

  /// What the page must show in `locale`: per case the numbers of `caresimWorkshop.shown()` by
  /// path and the texts by element id, and the texts of the level labels under each slider.
  func expected(locale: ReportLocale) -> JSONValue {
    let page = WorkshopPageNumbers(locale: locale)
    var ticks: [String: JSONValue] = [:]
    for (index, knob) in knobs.enumerated() where index > 0 {
      ticks["knob-\(index)-levels"] = .array(
        knob.levels.map { .string(Self.levelText($0, format: knob.format, page) ?? "?") })
    }
    return .object([
      "replications": .number(Double(replications)),
      "cases": .array(
        cases.enumerated().map { index, fixtureCase in
          let figures = Figures(fixtureCase)
          return .object([
            "name": .string(fixtureCase.name), "level": .number(Double(index)),
            "split": .array(Funder.payers.map { .number(fixtureCase.split[$0]) }),
            "valuePerQALY": .number(fixtureCase.valuePerQALY),
            "numbers": .object(figures.numbers),
            "texts": .object(figures.texts(page, locale).merging(designTexts(locale)) { $1 }),
          ])
        }),
      "ticks": .object(ticks),
    ])
  }

  /// A level as the slider's label writes it.
  static func levelText(_ value: Double, format: String, _ page: WorkshopPageNumbers) -> String? {
    switch format {
    case "percent": page.percent(value, fractionDigits: 2)
    case "euros": page.exactEuros(value)
    default: page.number(value, significantDigits: 4)
    }
  }
}

/// What CareSim's components make of one case.
struct Figures {
  /// The page's summary of a perspective's values.
  struct Summary {
    var mean: Double
    var standardError: Double
    var low: Double
    var high: Double
    var lossChance: Double

    init(_ values: [Double], _ estimate: MeanEstimate, lossChance: Double? = nil) {
      mean = estimate.mean
      standardError = estimate.standardError
      let band = Quantiles.values([0.05, 0.95], of: values)
      low = band[0]
      high = band[1]
      self.lossChance =
        lossChance ?? Double(values.count { $0 < 0 }) / Double(max(1, values.count))
      precondition(
        [mean, standardError, low, high].allSatisfy(\.isFinite),
        "a fixture's figures must be finite (JSON has no infinity); got \(self)")
    }
  }

  /// By the page's keys: the perspectives, `nmb` and `qalys`.
  var summaries: [(key: String, summary: Summary)] = []
  var notableSplits: (fair: FunderAmounts?, even: FunderAmounts?)
  var valuePerQALY: Double

  init(_ fixtureCase: WorkshopArithmeticFixture.Case) {
    let totals = WorkshopFixture.replicationTotals(fixtureCase.rows)
    let split = fixtureCase.split
    valuePerQALY = fixtureCase.valuePerQALY
    let analysis = FundingSplitAnalysis(totals: totals)
    let estimate = PointEstimate(totals: totals, split: split, valuePerQALY: valuePerQALY)
    let balances = totals.map { $0.balance(split: split) }
    for (payer, perspective) in zip(Funder.payers, [Perspective.wmo, .zvw, .wlz]) {
      let balance = analysis.balance(payer, split: split)
      summaries.append(
        (
          perspective.description,
          Summary(
            balances.map { $0[perspective] },
            MeanEstimate(mean: balance.mean, standardError: balance.standardError),
            lossChance: balance.probabilityOfLoss)
        ))
    }
    for perspective in [Perspective.informal, .society] {
      summaries.append(
        (
          perspective.description,
          Summary(balances.map { $0[perspective] }, estimate.netBenefit(perspective))
        ))
    }
    // PointEstimate's net monetary benefit, replication by replication.
    let benefits = zip(balances, totals).map { $0[.society] + $1.qalyGain * valuePerQALY }
    summaries.append(("nmb", Summary(benefits, estimate.netMonetaryBenefit)))
    summaries.append(("qalys", Summary(totals.map(\.qalyGain), estimate.qalyGain)))
    notableSplits = (analysis.fairShare, analysis.breakEvenSplit)
  }

  /// The numbers of `caresimWorkshop.shown()`, by their path in it.
  var numbers: [String: JSONValue] {
    var numbers: [String: JSONValue] = [:]
    for (key, summary) in summaries {
      let path = key == "nmb" || key == "qalys" ? key : "perspectives.\(key)"
      numbers["\(path).mean"] = .number(summary.mean)
      numbers["\(path).standardError"] = .number(summary.standardError)
      numbers["\(path).low"] = .number(summary.low)
      numbers["\(path).high"] = .number(summary.high)
      numbers["\(path).lossChance"] = .number(summary.lossChance)
    }
    for (name, split) in [("fair", notableSplits.fair), ("even", notableSplits.even)] {
      guard let split else {
        numbers["notableSplits.\(name)"] = .null
        continue
      }
      for payer in Funder.payers {
        numbers["notableSplits.\(name).\(payer)"] = .number(split[payer])
      }
    }
    return numbers
  }

  /// The texts of the cards, by element id; a text with a number the page writes otherwise
  /// than the formatter (see ``WorkshopPageNumbers``) is left out.
  func texts(_ page: WorkshopPageNumbers, _ locale: ReportLocale) -> [String: JSONValue] {
    var texts: [String: JSONValue] = [:]
    func text(_ id: String, _ key: String, _ numbers: String?...) {
      let present = numbers.compactMap { $0 }
      guard present.count == numbers.count else { return }
      texts[id] = .string(
        present.enumerated().reduce(WorkshopLabels.text(key, locale)) { text, argument in
          text.replacingOccurrences(of: "{\(argument.offset + 1)}", with: argument.element)
        })
    }
    for (key, s) in summaries where key != "qalys" {
      texts["card-\(key)-mean"] = page.euros(s.mean).map(JSONValue.string)
      let verdict = s.mean < 0 ? "card.loss" : s.mean == 0 ? "card.even" : "card.gain"
      text("card-\(key)-verdict", verdict)
      text("card-\(key)-band", "card.band", page.euros(s.low), page.euros(s.high))
      text("card-\(key)-loss", "card.lossChance", page.chance(s.lossChance))
      text(
        "card-\(key)-error", "card.error", page.euros(s.standardError, significantDigits: 2))
    }
    if let qalys = summaries.first(where: { $0.key == "qalys" })?.summary {
      text(
        "card-qalys", "card.qalys", page.number(qalys.mean, significantDigits: 3),
        page.number(qalys.low, significantDigits: 3),
        page.number(qalys.high, significantDigits: 3),
        page.number(qalys.standardError, significantDigits: 2))
    }
    let value = page.euros(valuePerQALY, significantDigits: 6)
    text("card-nmb-sub", "card.nmb.sub", value)
    texts["qaly-value-out"] = value.map(JSONValue.string)
    return texts
  }
}

/// Awkward numbers from a seeded SplitMix64 stream.
struct AwkwardNumbers {
  var generator: SplitMix64

  init(seed: UInt64) { generator = SplitMix64(seed: seed) }

  mutating func unit() -> Double { SplitMix64.unitInterval(generator.next()) }

  /// Amounts of the size of a neighbourhood's over ten years (``WorkshopFixture``'s).
  mutating func realistic() -> WorkshopFixture.Amounts {
    let mean = WorkshopFixture.baseMeans
    let spread = WorkshopFixture.spread
    func draw(_ key: WritableKeyPath<WorkshopFixture.Amounts, Double>) -> Double {
      mean[keyPath: key] + spread[keyPath: key] * WorkshopFixture.normal(&generator)
    }
    return WorkshopFixture.Amounts(
      wmo: draw(\.wmo), zvw: draw(\.zvw), wlz: draw(\.wlz), informal: draw(\.informal),
      cost: draw(\.cost), qalys: draw(\.qalys))
  }

  mutating func integer(_ range: ClosedRange<Int>) -> Double {
    Double(range.lowerBound + Int(generator.next() % UInt64(range.count)))
  }

  /// 10 to a power drawn evenly from `exponents`, times a random mantissa in [1, 10).
  mutating func positive(_ exponents: ClosedRange<Double>) -> Double {
    let exponent = exponents.lowerBound + unit() * (exponents.upperBound - exponents.lowerBound)
    return (1 + 9 * unit()) * pow(10, exponent.rounded(.down))
  }

  /// As `positive`, with a random sign, and now and then zero.
  mutating func signed(_ exponents: ClosedRange<Double>) -> Double {
    let choice = unit()
    if choice < 0.05 { return 0 }
    return (choice < 0.5 ? -1 : 1) * positive(exponents)
  }

  /// A decimal of one to six significant digits between 10⁻⁶ and 10¹⁴, of either sign: its
  /// last digit is often 5, a tie at the next rounding position.
  mutating func shortDecimal() -> Double {
    let digits = 1 + Int(generator.next() % 6)
    var mantissa = 1 + Int(generator.next() % UInt64(pow(10, Double(digits)) - 1))
    if unit() < 0.5 { mantissa = mantissa / 10 * 10 + 5 }
    let exponent = -6 + Int(generator.next() % 20) - digits
    let sign = unit() < 0.3 ? -1.0 : 1
    // Read from text, so that the double is the one nearest the decimal, as a reader's would be.
    return sign * (Double("\(mantissa)e\(exponent)") ?? .nan)
  }
}
