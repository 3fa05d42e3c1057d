import CareSimCore
import CareSimOutput
import Foundation

@testable import CareSimScenario
@testable import CareSimWorkshop

/// Realistic workshop data documents, for the page's tests and for looking at the page.
///
/// Magnitudes follow a neighbourhood of 1,000 older residents over ten years with the
/// municipality paying (assumption, shaped on the reference scenario's report): per replication
/// the Wmo saves about −€20k (sd €30k), the Zvw −€190k (sd €80k), the Wlz +€980k (sd €400k),
/// informal care −€60k (sd €40k); the programme costs €360k (sd €5k) and gains 80 QALYs (sd 10).
/// Each knob shifts these means as its mechanism would (prevention moves the Wlz most,
/// signalling costs the Wmo and saves the Wlz, fewer volunteers cost more, ...).
///
/// Replication r draws its own standard normal deviate per quantity once, used in every cell
/// (common random numbers, as CareSim's cells share replications), plus a small cell-specific
/// deviate, so that differences between cells are smooth but not exact. All draws come from
/// SplitMix64 keyed by the seed, so a document is a function of its arguments.
enum WorkshopFixture {
  /// The quantities of one replication, or their means.
  struct Amounts {
    var wmo = 0.0
    var zvw = 0.0
    var wlz = 0.0
    var informal = 0.0
    var cost = 0.0
    var qalys = 0.0
  }

  struct Knob {
    var id: String
    var path: String
    var label: (en: String, nl: String)
    var short: (en: String, nl: String)
    var unit: (en: String, nl: String)?
    var format: String
    var levels: [Double]
    var base: Int
    /// The change of the means when the knob moves from its base value to `value`, given the
    /// means so far (some knobs scale rather than shift).
    var effect: @Sendable (_ value: Double, _ base: Double, _ means: inout Amounts) -> Void
  }

  static let baseMeans = Amounts(
    wmo: -20_000, zvw: -190_000, wlz: 980_000, informal: -60_000, cost: 360_000, qalys: 80)
  static let spread = Amounts(
    wmo: 30_000, zvw: 80_000, wlz: 400_000, informal: 40_000, cost: 5_000, qalys: 10)

  /// Eight knobs; the first seven make the standard fixture.
  static let allKnobs: [Knob] = [
    Knob(
      id: "prevention", path: "mechanisms.prevention.relativeRisk",
      label: (
        "Prevention: relative risk of decline for participants",
        "Preventie: relatief risico op achteruitgang voor deelnemers"
      ),
      short: ("the relative risk under prevention", "het relatieve risico bij preventie"),
      unit: nil, format: "number", levels: [0.7, 0.775, 0.85, 1.0], base: 2,
      effect: { value, base, m in
        let d = value - base
        m.wlz -= 2_400_000 * d
        m.zvw -= 300_000 * d
        m.wmo -= 150_000 * d
        m.informal -= 180_000 * d
        m.qalys -= 120 * d
      }),
    Knob(
      id: "signalling", path: "mechanisms.signalling.monthlyProbability",
      label: (
        "Signalling: chance a month that a need is noticed",
        "Signalering: kans per maand dat een behoefte opvalt"
      ),
      short: ("signalling", "signalering"),
      unit: ("a month", "per maand"), format: "percent", levels: [0.2, 0.3, 0.4, 0.6], base: 2,
      effect: { value, base, m in
        let d = value - base
        m.wmo -= 900_000 * d
        m.wlz += 270_000 * d
        m.zvw -= 150_000 * d
        m.informal += 200_000 * d
        m.cost += 100_000 * d
        m.qalys += 40 * d
      }),
    Knob(
      id: "volunteers", path: "capacity.volunteers.share",
      label: (
        "Volunteers: share of today's number", "Vrijwilligers: aandeel van het huidige aantal"
      ),
      short: ("the volunteers", "de vrijwilligers"),
      unit: nil, format: "percent", levels: [0.5, 0.75, 1.0, 1.25], base: 2,
      effect: { value, base, m in
        let d = value - base
        m.wmo += 60_000 * d
        m.informal += 120_000 * d
        m.wlz += 200_000 * d
        m.cost -= 80_000 * d
        m.qalys += 20 * d
      }),
    Knob(
      id: "cost", path: "intervention.costPerParticipant",
      label: ("Programme cost per participant", "Kosten van het programma per deelnemer"),
      short: ("the cost per participant", "de kosten per deelnemer"),
      unit: nil, format: "euros", levels: [300, 450, 600, 750], base: 1,
      effect: { value, base, m in m.cost += 800 * (value - base) }),
    Knob(
      id: "uptake", path: "intervention.uptake",
      label: (
        "Uptake: share of invited residents who take part",
        "Deelname: aandeel van de uitgenodigde bewoners dat meedoet"
      ),
      short: ("uptake", "deelname"),
      unit: nil, format: "percent", levels: [0.3, 0.45, 0.6, 0.75], base: 2,
      effect: { value, base, m in
        let f = value / base
        m.wmo *= f
        m.zvw *= f
        m.wlz *= f
        m.informal *= f
        m.cost *= 0.3 + 0.7 * f
        m.qalys *= f
      }),
    Knob(
      id: "respite", path: "mechanisms.respite.hoursPerMonth",
      label: (
        "Respite care for carers: hours a month", "Respijtzorg voor mantelzorgers: uren per maand"
      ),
      short: ("respite care", "respijtzorg"),
      unit: ("hours", "uur"), format: "number", levels: [0, 2, 4, 8], base: 1,
      effect: { value, base, m in
        let d = value - base
        m.informal += 15_000 * d
        m.wmo -= 12_000 * d
        m.wlz += 8_000 * d
        m.cost += 6_000 * d
        m.qalys += 1.5 * d
      }),
    Knob(
      id: "discount", path: "economics.discountRate.costs",
      label: ("Discount rate for costs", "Discontovoet voor kosten"),
      short: ("the discount rate", "de discontovoet"),
      unit: nil, format: "percent", levels: [0, 0.015, 0.03, 0.04], base: 2,
      effect: { value, base, m in
        let late = pow((1 + base) / (1 + value), 6)
        let early = pow((1 + base) / (1 + value), 2)
        m.wmo *= early
        m.zvw *= late
        m.wlz *= late
        m.informal *= early
        m.cost *= early
        m.qalys *= pow((1 + base) / (1 + value), 3)
      }),
    Knob(
      id: "nursingHomePrice", path: "prices.nursingHome.perYear",
      label: ("Nursing home: price a year", "Verpleeghuis: prijs per jaar"),
      short: ("the nursing-home price", "de verpleeghuisprijs"),
      unit: nil, format: "euros", levels: [70_000, 80_000, 90_000, 100_000], base: 1,
      effect: { value, base, m in m.wlz *= value / base }),
  ]

  /// A data document.
  ///
  /// - Parameters:
  ///   - knobCount: How many of ``allKnobs`` to use, 1 to 8.
  ///   - levelCount: Levels per knob (the first `levelCount` of each knob's four, base clamped).
  ///   - design: Which cells to compute.
  ///   - replications: Replications per cell.
  ///   - years: The length of the year-by-year arrays.
  ///   - seed: The seed of every draw.
  ///   - split: The scenario's funding split.
  ///   - title: The scenario's title.
  ///   - exercises: Whether to include three exercises.
  /// - Returns: The document, as `caresim workshop` would write it.
  static func document(
    knobCount: Int = 7, levelCount: Int = 4, design: WorkshopGrid.Design = .aroundBase,
    replications: Int = 100, years: Int = 10, seed: UInt64 = 20_261_123,
    split: (wmo: Double, zvw: Double, wlz: Double) = (1, 0, 0),
    title: String = "Neighbourhood of 1,000 older residents: preventive social work, ten years",
    exercises: Bool = true
  ) -> WorkshopDocument {
    var knobs = Array(allKnobs.prefix(knobCount))
    for index in knobs.indices {
      knobs[index].levels = Array(knobs[index].levels.prefix(levelCount))
      knobs[index].base = min(knobs[index].base, levelCount - 1)
    }
    let settings = cellLevels(knobs: knobs, design: design)
    // The common deviates of replication r, one per quantity.
    var common = SplitMix64(seed: seed)
    let shared = (0..<replications).map { _ in (0..<6).map { _ in normal(&common) } }
    var cells: [WorkshopDocument.Cell] = []
    for (cellIndex, levels) in settings.enumerated() {
      var means = baseMeans
      for (knob, level) in zip(knobs, levels) {
        knob.effect(knob.levels[level], knob.levels[knob.base], &means)
      }
      var own = SplitMix64(seed: SplitMix64.mix(seed ^ UInt64(cellIndex + 1) &* 0x9E37_79B9))
      var rows: [Amounts] = []
      for r in 0..<replications {
        let z = shared[r].map { $0 + 0.15 * normal(&own) }
        rows.append(
          Amounts(
            wmo: means.wmo + spread.wmo * z[0], zvw: means.zvw + spread.zvw * z[1],
            wlz: means.wlz + spread.wlz * z[2], informal: means.informal + spread.informal * z[3],
            cost: means.cost + spread.cost * z[4], qalys: means.qalys + spread.qalys * z[5]))
      }
      cells.append(cell(levels: levels, rows: rows, years: years))
    }
    return document(
      knobs: knobs, cells: cells, design: design, replications: replications, years: years,
      seed: seed, split: split, title: title,
      exercises: exercises ? Self.exercises(knobs: knobs) : [])
  }

  /// A data document of `knobs` and `cells` (each from ``cell(levels:rows:years:)``).
  static func document(
    knobs: [Knob], cells: [WorkshopDocument.Cell], design: WorkshopGrid.Design, replications: Int,
    years: Int, seed: UInt64, split: (wmo: Double, zvw: Double, wlz: Double), title: String,
    exercises: [WorkshopDocument.Exercise]
  ) -> WorkshopDocument {
    WorkshopDocument(
      scenario: Scenario.Identity(
        file: "Scenarios/neighbourhood-1000.json", title: title,
        hash: "sha256:4f1c2a9e0b7d5e3f8a6c1b2d9e0f7a3c5b8d1e4f6a2c9b0d7e3f5a1c8b6d2e4f",
        study: "Assumption: illustrative fixture, not a calibrated study", bases: []),
      seed: seed, replications: replications, years: years, valuePerQALY: 50_000,
      split: FunderAmounts(wmo: split.wmo, zvw: split.zvw, wlz: split.wlz),
      caresimVersion: CareSimVersion.current, knobs: knobs.map(documentKnob), design: design,
      cells: cells, exercises: exercises)
  }

  /// Replications whose savings, programme cost and QALYs gained are `rows` exactly, for
  /// CareSim's own analyses of a document's numbers.
  ///
  /// The control arm costs the savings and the intervention arm nothing but the programme, so
  /// each saving (control minus intervention) is the row's number exactly, as is each QALY gain.
  static func replicationTotals(_ rows: [Amounts]) -> [ReplicationTotals] {
    rows.map { row in
      ReplicationTotals(
        costs: [.zero, .zero],
        discountedCosts: [
          FunderAmounts(wmo: row.wmo, zvw: row.zvw, wlz: row.wlz, informal: row.informal),
          FunderAmounts(intervention: row.cost),
        ],
        qalys: [0, row.qalys], discountedQALYs: [0, row.qalys])
    }
  }

  /// The level indices of every cell of `design`, the base first: the core's own combinations.
  static func cellLevels(knobs: [Knob], design: WorkshopGrid.Design) -> [[Int]] {
    WorkshopGrid.combinations(
      knobs.map { WorkshopGrid.Knob(name: $0.path, levels: $0.levels, base: $0.base) },
      design: design)
  }

  /// A cell: its replications, and year-by-year means that add up to the replications' means.
  static func cell(levels: [Int], rows: [Amounts], years: Int) -> WorkshopDocument.Cell {
    func column(_ key: KeyPath<Amounts, Double>) -> [Double] { rows.map { $0[keyPath: key] } }
    func mean(_ key: KeyPath<Amounts, Double>) -> Double {
      column(key).reduce(0, +) / Double(max(1, rows.count))
    }
    // How each quantity falls over the years (weights summing to 1): the programme's cost a
    // little less each year as it is discounted, the Wmo's support and informal care evenly,
    // hospital care growing, nursing-home admissions avoided mostly late.
    func profile(_ weight: (Double) -> Double) -> [Double] {
      let raw = (1...max(1, years)).map { weight(Double($0)) }
      let sum = raw.reduce(0, +)
      return raw.map { $0 / sum }
    }
    let even = profile { _ in 1 }
    let growing = profile { $0 }
    let late = profile { $0 * $0 }
    let costProfile = profile { pow(1.03, -$0) }
    func byYear(_ key: KeyPath<Amounts, Double>, _ weights: [Double]) -> [Double] {
      let total = mean(key)
      return weights.map { total * $0 }
    }
    return WorkshopDocument.Cell(
      levels: levels,
      savings: [
        .wmo: column(\.wmo), .zvw: column(\.zvw), .wlz: column(\.wlz),
        .informal: column(\.informal),
      ],
      cost: column(\.cost), qalys: column(\.qalys),
      yearlySavings: [
        .wmo: byYear(\.wmo, even), .zvw: byYear(\.zvw, growing), .wlz: byYear(\.wlz, late),
        .informal: byYear(\.informal, even),
      ],
      yearlyCost: byYear(\.cost, costProfile))
  }

  /// A text in both languages.
  static func text(_ pair: (en: String, nl: String)) -> Scenario.Phrase {
    Scenario.Phrase(english: pair.en, dutch: pair.nl)
  }

  static func documentKnob(_ knob: Knob) -> WorkshopDocument.Knob {
    WorkshopDocument.Knob(
      id: knob.id, path: knob.path, label: text(knob.label), short: text(knob.short),
      unit: knob.unit.map(text), format: knob.format, levels: knob.levels, base: knob.base)
  }

  static func exercises(knobs: [Knob]) -> [WorkshopDocument.Exercise] {
    func text(_ en: String, _ nl: String) -> Scenario.Phrase { Self.text((en, nl)) }
    let ids = Set(knobs.map(\.id))
    var list: [WorkshopDocument.Exercise] = [
      WorkshopDocument.Exercise(
        id: "signalling",
        title: text("Better signalling", "Betere signalering"),
        question: text(
          "What if neighbours and GPs noticed a need sooner?",
          "Wat als buren en huisartsen een behoefte eerder opmerken?"),
        knobs: ["signalling"],
        discover: text(
          "Who pays for finding more people, and who gains from it later?",
          "Wie betaalt voor het vinden van meer mensen, en wie wint daar later bij?"),
        answer: text(
          "With signalling at 60% a month instead of 40%, the municipality loses about €180,000 more, while long-term care saves about €54,000 more: the one who finds people is not the one who gains.",
          "Met signalering op 60% per maand in plaats van 40% verliest de gemeente ongeveer € 180.000 meer, terwijl de langdurige zorg ongeveer € 54.000 meer bespaart: wie mensen vindt, is niet wie er wint."
        )),
      WorkshopDocument.Exercise(
        id: "volunteers",
        title: text("Half the volunteers leave", "De helft van de vrijwilligers stopt"),
        question: text(
          "What if half the volunteers left?", "Wat als de helft van de vrijwilligers stopte?"),
        knobs: ["volunteers", "cost"],
        discover: text(
          "How much more does the programme cost, and does it still pay for society?",
          "Hoeveel duurder wordt het programma, en loont het nog voor de samenleving?"),
        answer: text(
          "At 50% of today's volunteers the programme costs about €40,000 more and informal care carries more; society still gains.",
          "Met 50% van de huidige vrijwilligers kost het programma ongeveer € 40.000 meer en draagt de mantelzorg meer; de samenleving wint nog steeds."
        )),
      WorkshopDocument.Exercise(
        id: "split",
        title: text("Who should pay?", "Wie moet betalen?"),
        question: text(
          "Is there a split of the cost at which nobody loses?",
          "Is er een verdeling van de kosten waarbij niemand verliest?"),
        knobs: [],
        discover: text(
          "Try “Split by savings”, then move prevention.",
          "Probeer „Naar besparing”, en verschuif dan preventie."),
        answer: text(
          "No: the health insurer and informal care lose even without paying, so no split makes everyone break even; the Wlz can carry the whole cost and still gain.",
          "Nee: de zorgverzekeraar en de mantelzorg verliezen ook zonder mee te betalen, dus geen verdeling maakt iedereen quitte; de Wlz kan alle kosten dragen en wint dan nog."
        )),
    ]
    list.removeAll { exercise in exercise.knobs.contains { !ids.contains($0) } }
    return list
  }

  /// A standard normal deviate (Box and Muller 1958).
  static func normal(_ generator: inout SplitMix64) -> Double {
    let u = 1 - SplitMix64.unitInterval(generator.next())  // in (0, 1]: log is finite
    let v = SplitMix64.unitInterval(generator.next())
    return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
  }
}
