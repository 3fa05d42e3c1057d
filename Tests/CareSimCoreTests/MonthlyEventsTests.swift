import Testing

@testable import CareSimCore

@Suite struct MonthlyEventsTests {
  @Test func addingAndTakingAwayAreExact() {
    var events = MonthlyEvents(crises: 3, admissions: 2, extraTrajectories: 1)
    let other = MonthlyEvents(crises: 1, admissions: 2, extraTrajectories: 0)
    events += other
    #expect(events == MonthlyEvents(crises: 4, admissions: 4, extraTrajectories: 1))
    #expect(events - other == MonthlyEvents(crises: 3, admissions: 2, extraTrajectories: 1))
  }
}
