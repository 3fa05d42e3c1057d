import CareSimCore
import Testing

@Suite struct PerfectInformationTests {
  @Test func valueIsTheGainOfChoosingPerState() {
    // Without information: max(0, mean 1) = 1; with it: mean(0, 3) = 1.5.
    #expect(PerfectInformation.value(of: [-1, 3]) == 0.5)
    #expect(PerfectInformation.value(of: [-3, 1]) == 0.5)
  }

  @Test func informationThatNeverChangesTheDecisionIsWorthNothing() {
    #expect(PerfectInformation.value(of: [1, 2, 3.5]) == 0)
    #expect(PerfectInformation.value(of: [-0.1, -2, -3]) == 0)
  }
}
