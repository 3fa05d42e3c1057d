import CareSimCore
import CareSimOutput
import CareSimScenario
import Foundation

@testable import CareSimWorkshop

/// A workshop data document from real runs of a shipped scenario, for checking the page against
/// `caresim split` on the same scenario, seed and replications.
///
/// Each cell runs the scenario with its knobs set by path (`Scenario.setting`) through the
/// engine's `ReplicationRunner`, as `ScenarioEvaluation.totals` does, and keeps per replication
/// the discounted savings (control minus intervention), the programme's discounted cost and the
/// discounted QALYs gained; year by year it keeps their means, each year's months weighted by
/// the same discount factors. The base cell's replications are then exactly those of
/// `caresim split SCENARIO --replications R --seed S`.
enum WorkshopRealData {
  struct Knob {
    var id: String
    var path: String
    var label: (en: String, nl: String)
    var format: String
    var levels: [Double]
    var base: Int
  }

  /// Three knobs of the reference ladder, three levels each around the file's values.
  static let referenceLadderKnobs = [
    Knob(
      id: "prevention", path: "mechanisms.prevention.relativeRisk",
      label: (
        "Prevention: relative risk for participants", "Preventie: relatief risico voor deelnemers"
      ),
      format: "number", levels: [0.7, 0.85, 1], base: 1),
    Knob(
      id: "signalling", path: "mechanisms.signalling.monthlyProbability",
      label: ("Signalling: chance a month", "Signalering: kans per maand"),
      format: "percent", levels: [0.25, 0.5, 1], base: 2),
    Knob(
      id: "cost", path: "intervention.costPerParticipantPerYear",
      label: ("Programme cost per participant a year", "Kosten per deelnemer per jaar"),
      format: "euros", levels: [300, 500, 700], base: 1),
  ]

  /// The document for `knobs` of the scenario at `url`, around the base.
  static func document(
    scenario url: URL, file: String, knobs: [Knob], replications: Int, seed: UInt64
  ) throws -> WorkshopDocument {
    let scenario = try Scenario.load(from: url)
    let shape = knobs.map { knob in
      WorkshopFixture.Knob(
        id: knob.id, path: knob.path, label: knob.label, short: knob.label, unit: nil,
        format: knob.format, levels: knob.levels, base: knob.base, effect: { _, _, _ in })
    }
    var cells: [WorkshopDocument.Cell] = []
    for levels in WorkshopFixture.cellLevels(knobs: shape, design: .aroundBase) {
      let setting = try scenario.setting(
        zip(knobs, levels).map { knob, level in (knob.path, knob.levels[level]) })
      cells.append(cell(setting.parameters, levels: levels, replications: replications, seed: seed))
    }
    let parameters = scenario.parameters
    var identity = scenario.identity
    identity.file = file
    return WorkshopDocument(
      scenario: identity, seed: seed, replications: replications,
      years: (parameters.months + 11) / 12, valuePerQALY: parameters.valuePerQALY,
      split: parameters.fundingSplit, caresimVersion: CareSimVersion.current,
      knobs: knobs.map { knob in
        WorkshopDocument.Knob(
          id: knob.id, path: knob.path, label: WorkshopFixture.text(knob.label), short: nil,
          unit: nil, format: knob.format, levels: knob.levels, base: knob.base)
      }, design: .aroundBase, cells: cells, exercises: [])
  }

  static func cell(_ parameters: ScenarioParameters, levels: [Int], replications: Int, seed: UInt64)
    -> WorkshopDocument.Cell
  {
    let runner = ReplicationRunner(
      simulation: Simulation(parameters: parameters), seed: seed, threads: 2)
    let weights = ReplicationTotals.weights(parameters)
    let years = (parameters.months + 11) / 12
    // A year's months keep their discount factor; the others weigh 0.
    func masked(_ factors: [Double], year: Int) -> [Double] {
      factors.indices.map { $0 / 12 == year ? factors[$0] : 0 }
    }
    let yearly = (0..<years).map {
      (masked(weights.costs, year: $0), masked(weights.effects, year: $0))
    }
    let payers: [Funder] = [.wmo, .zvw, .wlz, .informal]
    var savings = [[Double]](repeating: [], count: payers.count)
    var cost: [Double] = []
    var qalys: [Double] = []
    var yearlySavings = [[RunningMoments]](
      repeating: [RunningMoments](repeating: RunningMoments(), count: years), count: payers.count)
    var yearlyCost = [RunningMoments](repeating: RunningMoments(), count: years)
    let control = InterventionArm.control.rawValue
    let intervention = InterventionArm.intervention.rawValue
    runner.run(replications: replications) { batch in
      for outcome in batch {
        let totals = ReplicationTotals(
          outcome, costWeights: weights.costs, effectWeights: weights.effects)
        for (index, payer) in payers.enumerated() {
          savings[index].append(
            totals.discountedCosts[control][payer] - totals.discountedCosts[intervention][payer])
        }
        cost.append(totals.discountedCosts[intervention][.intervention])
        qalys.append(totals.qalyGain)
        for (year, (costWeights, effectWeights)) in yearly.enumerated() {
          let part = ReplicationTotals(
            outcome, costWeights: costWeights, effectWeights: effectWeights)
          for (index, payer) in payers.enumerated() {
            yearlySavings[index][year].add(
              part.discountedCosts[control][payer] - part.discountedCosts[intervention][payer])
          }
          yearlyCost[year].add(part.discountedCosts[intervention][.intervention])
        }
      }
    }
    func means(_ moments: [RunningMoments]) -> [Double] { moments.map(\.mean) }
    return WorkshopDocument.Cell(
      levels: levels, savings: Dictionary(uniqueKeysWithValues: zip(payers, savings)), cost: cost,
      qalys: qalys,
      yearlySavings: Dictionary(uniqueKeysWithValues: zip(payers, yearlySavings.map(means))),
      yearlyCost: means(yearlyCost))
  }
}
