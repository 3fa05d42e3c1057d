import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperBranchTests {
  /// A branch made from the base's control run and the watch's divergences is the variant's own
  /// control run: the same tallies, join months and states at joining.
  @Test func aBranchIsTheVariantsOwnControlRun() {
    let base = WhatIfSettings.base()
    let settings =
      WhatIfSettings.thresholdsChanged(from: base) + WhatIfSettings.uptakeChanged(from: base)
    let (watch, _, record) = WhatIfSettings.watch(base, settings: settings, seed: 11)
    let profiles = Simulation(parameters: base).makeResidents(seed: 11, replication: 0)
    for (index, setting) in settings.enumerated() {
      let branch = Simulation(parameters: base).withStepper { stepper in
        Simulation(parameters: setting).withStepper { variant in
          stepper.branch(
            record, at: watch.divergences.filter { $0.variants & 1 << UInt64(index) != 0 },
            tracking: watch.uptakeTracking(of: index), into: variant, profiles: profiles)
        }
      }
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
