import Testing

@testable import CareSimCore

@Suite struct WorkEstimateTests {
  /// Entrants count as present for the whole horizon: an upper bound of the work.
  @Test func entrantsAddTheirResidentMonths() {
    var parameters = TestScenarios.markov(residents: 100, months: 12)
    let closed = WorkEstimate(parameters: parameters, replications: 10, settings: 1, threads: 1)
    #expect(closed.residentMonths == 100 * 12 * 2 * 10)
    parameters.entrants = Entrants(perMonth: 2, profile: parameters.population)
    let open = WorkEstimate(parameters: parameters, replications: 10, settings: 1, threads: 1)
    #expect(open.residentMonths == 124 * 12 * 2 * 10)
  }

  /// A lived start adds each resident's history, once a replication, tried about twice for
  /// every eight years of it: residents of 81 living from 65 add 16 x 12 x 4 months each.
  @Test func livedStartsAddTheirHistories() {
    var parameters = TestScenarios.markov(residents: 100, months: 12)
    parameters.population.ageBands = [.init(minimumAge: 80, maximumAge: 82, share: 1)]
    let drawn = WorkEstimate(parameters: parameters, replications: 10, settings: 1, threads: 1)
    parameters.population.start = .lived(fromAge: 65)
    let lived = WorkEstimate(parameters: parameters, replications: 10, settings: 1, threads: 1)
    #expect(lived.residentMonths - drawn.residentMonths == 100 * 16 * 12 * 4 * 10)
  }

  /// Each band of care costs by age adds a set of care classes to every tally a worker holds.
  @Test func bandsOfCareCostsByAgeEnlargeTheTallies() {
    var parameters = TestScenarios.markov(residents: 100, months: 600)
    let plain = WorkEstimate(parameters: parameters, replications: 1, settings: 1, threads: 2)
    parameters.costsByAge = CareCostsByAge(bands: [
      .zvw: (0..<16).map { CareCostsByAge.Band(fromAge: 65 + $0, factor: 1.1) }
    ])
    let banded = WorkEstimate(parameters: parameters, replications: 1, settings: 1, threads: 2)
    let classes = Double(parameters.needLevels.count * CareClass.perLevel)
    #expect(banded.bytes - plain.bytes == 2 * 4 * 600 * classes * 16 * 8)
  }
}
