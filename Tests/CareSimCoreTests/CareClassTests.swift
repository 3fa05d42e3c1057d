import Testing

@testable import CareSimCore

@Suite struct CareClassTests {
  /// Every combination of a state's flags gives an index that decodes to the same class.
  @Test func indexDecodesToTheClassOfTheState() {
    for servedLevel in 0..<5 {
      for participates in [false, true] {
        for substituted in [false, true] {
          for hasCarer in [false, true] {
            for efficiencyApplies in [false, true] {
              let state = ResidentState(
                needLevel: UInt8(servedLevel), servedLevel: UInt8(servedLevel),
                participation: participates ? .participating : .none,
                carer: hasCarer ? .active : .none,
                isSubstituted: substituted, qualityOfLife: 0.5)
              let index = CareClass.index(of: state, efficiencyApplies: efficiencyApplies)
              let careClass = CareClass(index: index, levels: 5)
              #expect(careClass.servedLevel == servedLevel && careClass.costBand == 0)
              // In a later band of care costs by age, the same class one band on.
              let later = CareClass(index: 3 * 5 * CareClass.perLevel + index, levels: 5)
              #expect(later.costBand == 3 && later.servedLevel == servedLevel)
              #expect(later.hasActiveCarer == hasCarer && later.isSubstituted == substituted)
              #expect(
                careClass.isParticipatingWithEfficiency == (participates && efficiencyApplies))
              #expect(careClass.isSubstituted == substituted)
              #expect(careClass.hasActiveCarer == hasCarer)
              #expect(index / CareClass.perLevel == servedLevel)
            }
          }
        }
      }
    }
  }

  @Test func aBrokenDownCarerIsNoActiveCarer() {
    let state = ResidentState(
      needLevel: 1, servedLevel: 1, carer: .brokenDown, qualityOfLife: 0.5)
    #expect(
      !CareClass(index: CareClass.index(of: state, efficiencyApplies: true), levels: 5)
        .hasActiveCarer)
  }
}
