import Testing

@testable import CareSimCore

@Suite struct MonthlyEventsTests {
  @Test func addingIsExact() {
    var events = MonthlyEvents(crises: 3, admissions: 2, extraTrajectories: 1, deaths: 2)
    let other = MonthlyEvents(crises: 1, admissions: 2, extraTrajectories: 0, deaths: 1)
    events += other
    #expect(events == MonthlyEvents(crises: 4, admissions: 4, extraTrajectories: 1, deaths: 3))
  }
}
