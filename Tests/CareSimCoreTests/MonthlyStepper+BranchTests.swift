import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperBranchTests {
  /// A branch made from the base's control run and the watch's divergences is the variant's own
  /// control run: the same tallies, join months and states at joining; with lived starts, whose
  /// histories branch off too, and with drawn ones.
  @Test(arguments: [true, false])
  func aBranchIsTheVariantsOwnControlRun(lived: Bool) {
    let base =
      lived ? WhatIfSettings.base() : TestScenarios.drawnStart(WhatIfSettings.base())
    let settings =
      WhatIfSettings.thresholdsChanged(from: base) + WhatIfSettings.uptakeChanged(from: base)
    let runs = Simulation(parameters: base).runControlArmNotingUptake(
      seed: 11, replication: 0, branches: settings.map { Simulation(parameters: $0) })
    for (index, setting) in settings.enumerated() {
      let branch = runs[index + 1].record
      let own = WhatIfSettings.ownRecord(setting, seed: 11)
      #expect(branch.control == own.control, "setting \(index): control tally")
      #expect(branch.notReached == own.notReached, "setting \(index): tally not reached")
      #expect(branch.joinMonths == own.joinMonths, "setting \(index): join months")
      let joined = own.joinMonths.indices.filter { own.joinMonths[$0] < base.months }
      #expect(
        joined.allSatisfy { branch.statesAtJoining[$0] == own.statesAtJoining[$0] },
        "setting \(index): states at joining")
    }
  }
}
