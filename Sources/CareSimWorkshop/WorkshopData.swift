import CareSimCore
import CareSimOutput
import CareSimScenario

/// What a workshop page is built from: a teaching scenario, the cells computed of its knobs, and
/// the seed and replications they were computed on; ``document()`` makes the page's data of them,
/// with the answers CareSim computed to the scenario's exercises.
package struct WorkshopData: Sendable {
  package var scenario: Scenario
  package var grid: WorkshopGrid
  package var seed: UInt64
  package var replications: Int
  /// How the scenario, run as written, leaves its sources' ground.
  package var warnings: [ScopeWarning]

  package init(
    scenario: Scenario, grid: WorkshopGrid, seed: UInt64, replications: Int,
    warnings: [ScopeWarning] = []
  ) {
    self.scenario = scenario
    self.grid = grid
    self.seed = seed
    self.replications = replications
    self.warnings = warnings
  }

  /// The document the page embeds, with every number rounded as the data files write it
  /// (``DataNumber``).
  package func document() -> WorkshopDocument {
    func rounded(_ values: [Double]) -> [Double] { values.map { DataNumber.rounded($0) ?? .nan } }
    func bySaver(_ amounts: [FunderAmounts]) -> [Funder: [Double]] {
      Dictionary(
        uniqueKeysWithValues: WorkshopDocument.savers.map { ($0, rounded(amounts.map(\.[$0]))) })
    }
    let cells = grid.cells.map { cell in
      WorkshopDocument.Cell(
        levels: cell.levels, savings: bySaver(cell.savings), cost: rounded(cell.cost),
        qalys: rounded(cell.qalys), yearlySavings: bySaver(cell.yearlySavings),
        yearlyCost: rounded(cell.yearlyCost))
    }
    let knobs = grid.knobs.map { knob in
      let description = WorkshopKnobs.describe(knob.name, levels: scenario.levelLabels)
      return WorkshopDocument.Knob(
        id: description.id, path: knob.name,
        label: Scenario.Phrase(english: description.english, dutch: description.dutch),
        short: description.short, unit: description.unit, format: description.format,
        levels: rounded(knob.levels), base: knob.base)
    }
    return WorkshopDocument(
      scenario: scenario.identity, seed: seed,
      replications: replications, years: grid.cells.first?.yearlyCost.count ?? 0,
      valuePerQALY: DataNumber.rounded(scenario.parameters.valuePerQALY),
      split: scenario.parameters.fundingSplit, caresimVersion: CareSimVersion.current,
      knobs: knobs, design: grid.design, cells: cells, exercises: exercises(),
      warnings: warnings)
  }

  /// The exercises of the scenario's workshop section, each with its answer in both languages.
  func exercises() -> [WorkshopDocument.Exercise] {
    let answers = WorkshopAnswers(
      grid: grid, split: scenario.parameters.fundingSplit, levels: scenario.levelLabels)
    return (scenario.workshop?.exercises ?? []).map { exercise in
      WorkshopDocument.Exercise(
        id: exercise.id, title: exercise.title, question: exercise.question,
        knobs: exercise.knobs.map { WorkshopKnobs.describe($0, levels: scenario.levelLabels).id },
        discover: exercise.discover,
        answer: Scenario.Phrase(
          english: answers.answer(exercise.answer, locale: .en),
          dutch: answers.answer(exercise.answer, locale: .nl)))
    }
  }
}
