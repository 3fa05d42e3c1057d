import CareSimCharts
import CareSimCore
import CareSimReports
import CareSimScenario

/// The trainer's answers to a workshop's exercises, computed from the precomputed cells the page
/// shows, so that an answer is never written by hand and always agrees with the page.
package struct WorkshopAnswers: Sendable {
  let grid: WorkshopGrid
  /// The scenario's funding split.
  let split: FunderAmounts
  /// The scenario's level labels, so that a knob by level reads with its level's label.
  let levels: [NeedLevel.Label]

  package init(grid: WorkshopGrid, split: FunderAmounts, levels: [NeedLevel.Label] = []) {
    self.grid = grid
    self.split = split
    self.levels = levels
  }

  /// The cell at these levels, if computed.
  func cell(_ levels: [Int]) -> WorkshopGrid.Cell? { grid.cells.first { $0.levels == levels } }

  var base: [Int] { grid.knobs.map(\.base) }

  /// A perspective's mean balance in a cell under a split: its saving less its share of the cost.
  static func balance(_ payer: String, in cell: WorkshopGrid.Cell, split: FunderAmounts) -> Double {
    let count = Double(max(1, cell.cost.count))
    let sum = cell.savings.reduce(FunderAmounts.zero, +)
    var meanSavings = FunderAmounts.zero
    for funder in Funder.allCases { meanSavings[funder] = sum[funder] / count }
    return balance(payer, savings: meanSavings, cost: cell.cost.reduce(0, +) / count, split: split)
  }

  /// A perspective's balance from savings per funder and the programme's cost, by the rule every
  /// other result uses (``FunderBalance``).
  static func balance(
    _ payer: String, savings: FunderAmounts, cost: Double, split: FunderAmounts
  ) -> Double {
    FunderBalance(control: savings, intervention: FunderAmounts(intervention: cost), split: split)[
      perspective(payer)]
  }

  static func perspective(_ payer: String) -> Perspective {
    Perspective.allCases.first { $0.description == payer } ?? .society
  }

  /// The answer in a language, as a sentence.
  package func answer(_ answer: Scenario.Answer, locale: ReportLocale) -> String {
    ReportPhrases.capitalised(text(answer, locale: locale))
  }

  private func text(_ answer: Scenario.Answer, locale: ReportLocale) -> String {
    let phrases = ReportPhrases(locale, levels: levels)
    guard let base = cell(base) else { return phrases["workshop.notComputed"] }
    switch answer {
    case .breakEvenSplit:
      return breakEvenSplit(base, phrases)
    case .knobEffect(let knob, let payer):
      guard let (index, cells) = oneKnobCells(knob) else { return phrases["workshop.notComputed"] }
      let values = cells.map { Self.balance(payer, in: $0, split: split) }
      let knobInfo = grid.knobs[index]
      return phrases.format(
        "workshop.answer.knobEffect", knobName(knob, locale),
        level(knobInfo.levels[0], knob, phrases), phrases.name(Self.perspective(payer)),
        phrases.euros(values[0]), level(knobInfo.levels[knobInfo.levels.count - 1], knob, phrases),
        phrases.euros(values[values.count - 1]),
        level(knobInfo.levels[knobInfo.base], knob, phrases),
        phrases.euros(values[knobInfo.base]))
    case .breakEvenLevel(let knob, let payer):
      guard let (index, cells) = oneKnobCells(knob) else { return phrases["workshop.notComputed"] }
      let knobInfo = grid.knobs[index]
      let values = cells.map { Self.balance(payer, in: $0, split: split) }
      let even = knobInfo.levels.indices.filter { values[$0] >= 0 }
      let name = phrases.name(Self.perspective(payer))
      guard !even.isEmpty else {
        let best = values.indices.max { values[$0] < values[$1] } ?? 0
        return phrases.format(
          "workshop.answer.evenNowhere", name, knobName(knob, locale),
          phrases.euros(values[best]), level(knobInfo.levels[best], knob, phrases))
      }
      return phrases.format(
        "workshop.answer.evenAt", name, knobName(knob, locale),
        even.map { level(knobInfo.levels[$0], knob, phrases) }.joined(separator: ", "))
    case .breakEvenYear(let payer):
      let yearly = zip(base.yearlySavings, base.yearlyCost).map { savings, cost in
        Self.balance(payer, savings: savings, cost: cost, split: split)
      }
      var cumulative = 0.0
      let running = yearly.map { value -> Double in
        cumulative += value
        return cumulative
      }
      let name = phrases.name(Self.perspective(payer))
      guard let lastNegative = running.lastIndex(where: { $0 < 0 }) else {
        return phrases.format("workshop.answer.yearAlways", name)
      }
      guard lastNegative + 1 < running.count else {
        return phrases.format(
          "workshop.answer.yearNever", name, String(running.count),
          phrases.euros(running.last ?? .nan))
      }
      return phrases.format("workshop.answer.yearFrom", name, String(lastNegative + 2))
    }
  }

  /// The split at which every payer comes out even at the base, or why there is none.
  func breakEvenSplit(_ base: WorkshopGrid.Cell, _ phrases: ReportPhrases) -> String {
    let count = Double(max(1, base.cost.count))
    let cost = base.cost.reduce(0, +) / count
    let savings = Funder.payers.map { funder in base.savings.reduce(0) { $0 + $1[funder] } / count }
    let negative = zip(Funder.payers, savings).filter { $0.1 < 0 }
    let total = savings.reduce(0, +)
    guard negative.isEmpty, total >= cost, total > 0 else {
      var reasons = negative.map { funder, saving in
        phrases.format(
          "workshop.answer.negativeSaving", phrases.name(Perspective(funder: funder) ?? .society),
          phrases.euros(saving))
      }
      if total < cost {
        reasons.append(
          phrases.format("workshop.answer.notCovered", phrases.euros(total), phrases.euros(cost)))
      }
      let positive = savings.map { max(0, $0) }
      let sum = positive.reduce(0, +)
      let fair =
        sum > 0
        ? phrases.format(
          "workshop.answer.fairShare", phrases.percent(positive[0] / sum),
          phrases.percent(positive[1] / sum), phrases.percent(positive[2] / sum))
        : ""
      return phrases.format(
        "workshop.answer.noEvenSplit",
        reasons.joined(separator: phrases["workshop.answer.semicolon"]))
        + (fair.isEmpty ? "" : " " + fair)
    }
    return phrases.format(
      "workshop.answer.evenSplit", phrases.percent(savings[0] / total),
      phrases.percent(savings[1] / total), phrases.percent(savings[2] / total))
  }

  /// The cells that move one knob from the base, one per level (the base among them).
  func oneKnobCells(_ knob: String) -> (Int, [WorkshopGrid.Cell])? {
    guard let index = grid.knobs.firstIndex(where: { $0.name == knob }) else { return nil }
    var cells: [WorkshopGrid.Cell] = []
    for level in grid.knobs[index].levels.indices {
      var levels = base
      levels[index] = level
      guard let found = cell(levels) else { return nil }
      cells.append(found)
    }
    return (index, cells)
  }

  /// A knob as a sentence names it: "signalling".
  func knobName(_ knob: String, _ locale: ReportLocale) -> String {
    WorkshopKnobs.describe(knob, levels: levels).short.text(locale)
  }

  /// A level as a sentence writes it, with its unit: "25% a month".
  func level(_ value: Double, _ knob: String, _ phrases: ReportPhrases) -> String {
    let description = WorkshopKnobs.describe(knob, levels: levels)
    let numbers = phrases.numbers
    let text: String
    switch description.format {
    case "percent":
      // Whole percentages without a decimal (25%), others with one (42.5%).
      let whole = (value * 100).rounded() == value * 100
      text = numbers.percent(value, fractionDigits: whole ? 0 : 1)
    case "euros": text = numbers.euros(value)
    default: text = numbers.decimal(value, significantDigits: 3)
    }
    return description.unit.map { "\(text) \($0.text(phrases.locale))" } ?? text
  }
}
