import Testing

@testable import CareSimCore

@Suite struct EntrantsTests {
  static let profile = TestScenarios.markov().population

  /// Month m brings floor(rate · (m + 1)) − floor(rate · m): the first m months floor(rate · m).
  @Test func arrivalsFollowTheFloorOfTheRate() {
    let entrants = Entrants(perMonth: 4.2, profile: Self.profile)
    let arrivals = (0..<10).map(entrants.arrivals(inMonth:))
    #expect(arrivals == [4, 4, 4, 4, 5, 4, 4, 4, 4, 5])
    #expect(entrants.count(months: 10) == 42 && arrivals.reduce(0, +) == 42)
    #expect(entrants.count(months: 0) == 0)
    let months = entrants.arrivalMonths(months: 3)
    #expect(months == Array(repeating: 0, count: 4) + Array(repeating: 1, count: 4) + [2, 2, 2, 2])
  }

  /// Fewer than one a month: a month brings one or none, and the count never falls behind the
  /// rate by one or more.
  @Test(arguments: [0.05, 0.3, 1.0 / 3, 0.999] as [Double])
  func aSlowRateBringsOneOrNone(rate: Double) {
    let entrants = Entrants(perMonth: rate, profile: Self.profile)
    for month in 0..<600 {
      #expect((0...1).contains(entrants.arrivals(inMonth: month)))
      let behind = rate * Double(month) - Double(entrants.count(months: month))
      #expect(behind >= 0 && behind < 1)
    }
  }

  /// The scenario's residents with their entrants: those at the start, then the horizon's.
  @Test func theResidentsOfAReplicationIncludeTheHorizonsEntrants() {
    var parameters = TestScenarios.markov(residents: 10, months: 12)
    #expect(parameters.residentsWithEntrants == 10)
    parameters.entrants = Entrants(perMonth: 2.5, profile: Self.profile)
    #expect(parameters.residentsWithEntrants == 10 + 30)
  }
}
