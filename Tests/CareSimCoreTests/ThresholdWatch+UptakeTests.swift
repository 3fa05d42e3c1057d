import Testing

@testable import CareSimCore

@Suite struct ThresholdWatchUptakeTests {
  /// Uptake moves nobody in the control arm: each uptake change moves some join months and
  /// branches nobody.
  @Test func uptakeChangesMoveJoinMonthsAndBranchNobody() {
    let base = WhatIfSettings.base()
    let uptakes = WhatIfSettings.uptakeChanged(from: base)
    let (watch, _, record) = WhatIfSettings.watch(base, settings: uptakes, seed: 11)
    for index in uptakes.indices {
      #expect(!watch.divergences.contains { $0.variants & 1 << UInt64(index) != 0 })
      let joinMonths = watch.uptakeTracking(of: index)?.joinMonths ?? []
      #expect(joinMonths.count == base.residentsWithEntrants && joinMonths != record.joinMonths)
    }
  }

  /// The watch follows a variant's uptake as its own control run notes it.
  @Test func trackedJoinMonthsAreTheVariantsOwn() {
    let base = WhatIfSettings.base()
    let uptakes = WhatIfSettings.uptakeChanged(from: base)
    let (watch, _, _) = WhatIfSettings.watch(base, settings: uptakes, seed: 11)
    for (index, setting) in uptakes.enumerated() {
      let own = WhatIfSettings.ownRecord(setting, seed: 11)
      #expect(watch.uptakeTracking(of: index)?.joinMonths == own.joinMonths)
    }
  }
}
