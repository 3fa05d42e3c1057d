import Testing

@testable import CareSimCore

@Suite struct SimulationSharedControlRunTests {
  /// An initial participant has taken part from the start; one who branches off in the first
  /// month must keep taking part in the branch.
  @Test func initialParticipantsWhoBranchAtOnceKeepTakingPart() {
    var base = WhatIfSettings.base()
    base.residents = 2000
    base.months = 2
    base.intervention.initialParticipationShare = 0.5
    let settings = WhatIfSettings.thresholdsChanged(from: base)
    let plain = settings.map { ScenarioEvaluation.totals($0, replications: 1, seed: 5, threads: 1) }
    let evaluator = WhatIfEvaluator(base: base, replications: 1, seed: 5, threads: 1)
    #expect(evaluator.totals(of: settings) == plain)

    let (watch, interventionStates, _) = WhatIfSettings.watch(base, settings: settings, seed: 5)
    #expect(
      watch.divergences.contains {
        $0.month == 0 && interventionStates[$0.resident].participation == .participating
      }, "the test needs an initial participant who branches off in the first month")
  }

  /// Without branches, the shared control run is the plain control run, and the intervention arm
  /// moved from it is the plain run's.
  @Test func withoutBranchesTheSharedRunIsThePlainRun() {
    let base = WhatIfSettings.base()
    let simulation = Simulation(parameters: base)
    let runs = simulation.runControlArmNotingUptake(seed: 3, replication: 1, branches: [])
    #expect(runs.count == 1)
    let outcome = simulation.outcome(
      control: runs[0].record.control, intervention: simulation.interventionTally(after: runs[0]))
    #expect(outcome == simulation.run(seed: 3, replication: 1, order: .monthByMonth))
  }
}
