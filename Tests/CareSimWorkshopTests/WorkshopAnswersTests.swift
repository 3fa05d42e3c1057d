import CareSimCharts
import CareSimReports
import CareSimScenario
import Testing

@testable import CareSimCore
@testable import CareSimWorkshop

/// The trainer's answers, computed from a small hand-made grid whose balances are worked out
/// below, in both languages.
///
/// One knob, signalling, at 20%, 25% (the scenario's own value) and 42.5% a month; the
/// municipality pays the whole programme (€1,000 per replication). The mean savings per cell, and
/// the balances they give (a payer's saving less its share of the cost; society's, every saving
/// less the cost):
///
/// | signalling | Wmo | Zvw | Wlz | Wmo balance | society balance |
/// |------------|-----|-----|-----|-------------|-----------------|
/// | 20%        | 200 | 300 | 400 | −800        | −100            |
/// | 25% (base) | 500 | 600 | 900 | −500        | 1,000           |
/// | 42.5%      | 800 | 500 |   0 | −200        | 300             |
@Suite struct WorkshopAnswersTests {
  static let signalling = "mechanisms.signalling.participantMonthlyProbability"
  static let minus = "\u{2212}"

  /// A cell of two replications whose savings average `mean` (the first replication saves 100
  /// less of each, the second 100 more), at a cost of €1,000 each.
  static func cell(
    _ level: Int, mean: FunderAmounts, yearlySavings: [FunderAmounts] = [],
    yearlyCost: [Double] = []
  ) -> WorkshopGrid.Cell {
    let spread = FunderAmounts(wmo: 100, zvw: 100, wlz: 100)
    return WorkshopGrid.Cell(
      levels: [level], savings: [mean + spread * -1, mean + spread], cost: [1000, 1000],
      qalys: [0, 0], yearlySavings: yearlySavings, yearlyCost: yearlyCost)
  }

  /// The base cell's three years, per year (not cumulative).
  ///
  /// | year | Wmo saving | Zvw saving | informal | cost | Wmo balance | society balance |
  /// |------|------------|------------|----------|------|-------------|-----------------|
  /// | 1    | 100        | 200        | −10      | 300  | −200        | −10             |
  /// | 2    | 250        | 200        | −10      | 300  | −50         | 140             |
  /// | 3    | 650        | 200        | −10      | 400  | 250         | 440             |
  ///
  /// The Wmo's cumulative balance is −200, −250 and 0 (even from year 3); society's −10, 130
  /// and 570 (even from year 2); informal care's −10, −20 and −30 (never even).
  static let grid = WorkshopGrid(
    knobs: [WorkshopGrid.Knob(name: signalling, levels: [0.2, 0.25, 0.425], base: 1)],
    design: .factorial,
    cells: [
      cell(0, mean: FunderAmounts(wmo: 200, zvw: 300, wlz: 400)),
      cell(
        1, mean: FunderAmounts(wmo: 500, zvw: 600, wlz: 900),
        yearlySavings: [
          FunderAmounts(wmo: 100, zvw: 200, informal: -10),
          FunderAmounts(wmo: 250, zvw: 200, informal: -10),
          FunderAmounts(wmo: 650, zvw: 200, informal: -10),
        ],
        yearlyCost: [300, 300, 400]),
      cell(2, mean: FunderAmounts(wmo: 800, zvw: 500, wlz: 0)),
    ])

  static let answers = WorkshopAnswers(grid: grid, split: FunderAmounts(wmo: 1))

  @Test func aPayersBalanceIsItsMeanSavingLessItsShareOfTheMeanCost() throws {
    let base = try #require(Self.answers.cell([1]))
    let split = FunderAmounts(wmo: 0.5, zvw: 0.5)
    #expect(WorkshopAnswers.balance("wmo", in: base, split: split) == 0)
    #expect(WorkshopAnswers.balance("zvw", in: base, split: split) == 100)
    #expect(WorkshopAnswers.balance("wlz", in: base, split: split) == 900)
    #expect(WorkshopAnswers.balance("society", in: base, split: split) == 1000)
    // A payer the answers do not know counts as society.
    #expect(WorkshopAnswers.perspective("nobody") == .society)
    #expect(WorkshopAnswers.perspective("informal") == .informal)
  }

  @Test func theEffectOfAKnobNamesItsLowestHighestAndBaseLevels() {
    let answer = Scenario.Answer.knobEffect(knob: Self.signalling, payer: "wmo")
    #expect(
      Self.answers.answer(answer, locale: .en)
        == "With signalling at 20% a month, the balance of the municipality (Wmo) is \(Self.minus)€800; "
        + "at 42.5% a month it is \(Self.minus)€200 (at the scenario's 25% a month: \(Self.minus)€500)."
    )
    #expect(
      Self.answers.answer(answer, locale: .nl)
        == "Met signalering op 20% per maand is het saldo van de gemeente (Wmo) €\u{00A0}\(Self.minus)800; "
        + "bij 42,5% per maand is het €\u{00A0}\(Self.minus)200 (bij de 25% per maand van het scenario: "
        + "€\u{00A0}\(Self.minus)500).")
  }

  @Test func theLevelsAtWhichAPayerComesOutEvenAreListed() {
    #expect(
      Self.answers.answer(.breakEvenLevel(knob: Self.signalling, payer: "society"), locale: .en)
        == "Society comes out even (or better) when signalling is 25% a month, 42.5% a month.")
  }

  @Test func aPayerEvenNowhereIsToldItsBestBalanceAndWhere() {
    #expect(
      Self.answers.answer(.breakEvenLevel(knob: Self.signalling, payer: "wmo"), locale: .en)
        == "The municipality (Wmo) does not come out even at any level of signalling that was "
        + "computed; the balance is at best \(Self.minus)€200, at 42.5% a month.")
  }

  /// The year from which the cumulative balance stays at or above zero: a balance of exactly
  /// zero counts as even.
  @Test(
    arguments: [
      (
        "wmo",
        "The cumulative balance of the municipality (Wmo) turns positive in year 3 and stays so."
      ),
      ("society", "The cumulative balance of society turns positive in year 2 and stays so."),
      ("zvw", "The cumulative balance of the health insurers (Zvw) is never below zero."),
      (
        "informal",
        "The cumulative balance of informal carers does not turn positive within 3 years; it ends "
          + "at \u{2212}€30.00."
      ),
    ])
  func theBreakEvenYearIsTheFirstFromWhichTheCumulativeBalanceStaysEven(
    payer: String, expected: String
  ) {
    #expect(Self.answers.answer(.breakEvenYear(payer: payer), locale: .en) == expected)
  }

  /// At the base every payer saves, and together they save twice the cost: the split in
  /// proportion to the savings (500, 600 and 900 of 2,000) leaves every payer even.
  @Test func theEvenSplitIsInProportionToTheSavings() {
    #expect(
      Self.answers.answer(.breakEvenSplit, locale: .en)
        == "Every payer comes out even when the municipality pays 25.0%, the health insurers "
        + "30.0% and the Wlz 45.0% of the programme (in proportion to what each saves).")
  }

  /// A payer that loses even without paying, and savings that do not cover the cost, are each
  /// named; the split in proportion to the positive savings is offered instead.
  @Test func withoutAnEvenSplitEveryReasonIsNamed() {
    let grid = WorkshopGrid(
      knobs: Self.grid.knobs, design: .factorial,
      cells: [Self.cell(1, mean: FunderAmounts(wmo: -50, zvw: 30, wlz: 20))])
    let answers = WorkshopAnswers(grid: grid, split: FunderAmounts(wmo: 1))
    #expect(
      answers.answer(.breakEvenSplit, locale: .en)
        == "No split lets every payer come out even: the expected saving of the municipality (Wmo) "
        + "is negative (\(Self.minus)€50.00); the savings together (€0) do not cover the programme's "
        + "cost (€1,000). Split in proportion to the savings, the municipality pays 0.0%, the "
        + "health insurers 60.0% and the Wlz 40.0%.")
    #expect(
      answers.answer(.breakEvenSplit, locale: .nl)
        == "Geen verdeling laat elke betaler quitte spelen: de verwachte besparing van de gemeente "
        + "(Wmo) is negatief (€\u{00A0}\(Self.minus)50,00); de besparingen samen (€\u{00A0}0) "
        + "dekken de kosten van het programma (€\u{00A0}1.000) niet. Verdeeld naar de besparingen "
        + "betaalt de gemeente 0,0%, de zorgverzekeraars 60,0% en de Wlz 40,0%.")
  }

  /// When no payer saves there is no proportion to offer.
  @Test func withoutSavingsNoProportionIsOffered() {
    let grid = WorkshopGrid(
      knobs: Self.grid.knobs, design: .factorial,
      cells: [Self.cell(1, mean: FunderAmounts(wmo: -100, zvw: 0, wlz: -100))])
    let answers = WorkshopAnswers(grid: grid, split: FunderAmounts(wmo: 1))
    #expect(
      answers.answer(.breakEvenSplit, locale: .en)
        == "No split lets every payer come out even: the expected saving of the municipality (Wmo) "
        + "is negative (\(Self.minus)€100); the expected saving of long-term care (Wlz) is negative "
        + "(\(Self.minus)€100); the savings together (\(Self.minus)€200) do not cover the "
        + "programme's cost (€1,000).")
  }

  /// A knob the grid lacks, or a grid without its base cell, has no answer: the trainer is told
  /// to name the knob among the workshop's.
  @Test func anAnswerWithoutItsCellsSaysSo() {
    let notComputed =
      "CareSim did not compute the cells this answer needs (name the knob among the workshop's "
      + "knobs)."
    #expect(
      Self.answers.answer(
        .knobEffect(knob: "mechanisms.prevention.relativeRisk", payer: "wmo"), locale: .en)
        == notComputed)
    let withoutBase = WorkshopAnswers(
      grid: WorkshopGrid(
        knobs: Self.grid.knobs, design: .factorial,
        cells: [Self.grid.cells[0], Self.grid.cells[2]]),
      split: FunderAmounts(wmo: 1))
    for answer in [
      Scenario.Answer.breakEvenSplit, .breakEvenYear(payer: "wmo"),
      .breakEvenLevel(knob: Self.signalling, payer: "wmo"),
    ] {
      #expect(withoutBase.answer(answer, locale: .en) == notComputed, "\(answer)")
    }
  }

  /// A level reads in its knob's format and unit: whole percentages without a decimal.
  @Test(
    arguments: [
      (0.25, signalling, ReportLocale.en, "25% a month"),
      (0.425, signalling, .en, "42.5% a month"),
      (0.425, signalling, .nl, "42,5% per maand"),
      (0.85, "mechanisms.prevention.relativeRisk", .en, "0.85"),
      (55_000, "intervention.fixedCostPerYear", .en, "€55,000 a year"),
      (55_000, "intervention.fixedCostPerYear", .nl, "€\u{00A0}55.000 per jaar"),
      (1.23456, "some.unknown.knob", .en, "1.23"),
    ])
  func aLevelReadsInItsKnobsFormatAndUnit(
    value: Double, knob: String, locale: ReportLocale, expected: String
  ) {
    #expect(Self.answers.level(value, knob, ReportPhrases(locale)) == expected)
  }
}
