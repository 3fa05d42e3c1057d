import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperPricingTests {
  /// A scenario with round prices: efficiency and substitution on Wmo, a carer's hours, crises and
  /// extra trajectories, a per-participant and a fixed cost, and replaced services.
  static func priced() -> ScenarioParameters {
    var parameters = TestScenarios.everyMechanism()
    parameters.mechanisms.efficiency = Efficiency(costMultiplier: 0.5, funders: [.wmo])
    parameters.mechanisms.substitution = Substitution(
      share: 0.1, remainingCostShare: 0.25, funders: [.wmo], informalHoursPerWeek: 3,
      requiresVolunteer: false)
    parameters.mechanisms.escalation.crisisCost = FunderAmounts(zvw: 6000)
    parameters.mechanisms.extraCare = ExtraCare(
      trajectoriesPerParticipantYear: 1, costPerTrajectory: FunderAmounts(wmo: 900))
    parameters.intervention.costPerParticipantPerYear = 1200
    parameters.intervention.fixedCostPerYear = 24_000
    parameters.intervention.replacedServicesAnnualCost = FunderAmounts(wmo: 120)
    parameters.informalCare.shadowPricePerHour = 12
    return parameters
  }

  @Test func classesArePricedByLevelEfficiencySubstitutionAndCarer() {
    let parameters = Self.priced()
    let level = parameters.needLevels[1]
    let informalPerWeeklyHour = 12.0 * 52 / 12
    Simulation(parameters: parameters).withStepper { stepper in
      var classes = Array(repeating: 0, count: stepper.classesPerMonth)
      // Two participants at level 1 with efficiency, one of them substituted with a carer.
      classes[1 * CareClass.perLevel + CareClass.efficiencyBit] = 1
      classes[
        1 * CareClass.perLevel + CareClass.efficiencyBit + CareClass.substitutedBit
          + CareClass.activeCarerBit] = 1
      var counts = MonthlyCounts()
      counts.participants = 2
      counts.events = MonthlyEvents(crises: 1, admissions: 0, extraTrajectories: 2)
      let costs = classes.withUnsafeMutableBufferPointer {
        stepper.costOfClasses($0, counts: &counts, serviceIntensity: 1)
      }
      let wmo = level.annualCareCost[.wmo] / 12
      #expect(abs(costs[Funder.wmo.rawValue] - (wmo * 0.5 + wmo * 0.5 * 0.25 + 2 * 900)) < 1e-9)
      #expect(
        abs(costs[Funder.zvw.rawValue] - (2 * level.annualCareCost[.zvw] / 12 + 6000)) < 1e-9)
      #expect(
        abs(
          costs[Funder.informal.rawValue]
            - (level.informalCareHoursPerWeek + 3) * informalPerWeeklyHour) < 1e-9)
      #expect(costs[Funder.intervention.rawValue] == 2 * 100)
      #expect(counts.alive == 2 && counts.atHome == 2 && counts.institutional == 0)
    }
  }

  /// Served less, a participant gets less of the efficiency effect: half the places, half of it.
  @Test func efficiencyIsScaledByTheServiceIntensity() {
    Simulation(parameters: Self.priced()).withStepper { stepper in
      var classes = Array(repeating: 0, count: stepper.classesPerMonth)
      classes[CareClass.efficiencyBit] = 1
      var counts = MonthlyCounts()
      let costs = classes.withUnsafeMutableBufferPointer {
        stepper.costOfClasses($0, counts: &counts, serviceIntensity: 0.5)
      }
      let wmo = TestScenarios.ladder[0].annualCareCost[.wmo] / 12
      #expect(abs(costs[Funder.wmo.rawValue] - wmo * 0.75) < 1e-9)
    }
  }

  @Test func fixedCostGoesToTheInterventionArmAndReplacedServicesToTheControlArm() {
    Simulation(parameters: Self.priced()).withStepper { stepper in
      let tally = ArmTally(months: 2, classesPerMonth: stepper.classesPerMonth)
      var outcome = ReplicationOutcome(months: 2)
      stepper.finish(.intervention, tally: tally, outcome: &outcome)
      stepper.finish(.control, tally: tally, outcome: &outcome)
      #expect(outcome[.intervention, 1, .intervention] == 2000)
      #expect(outcome[.intervention, 1, .wmo] == 0)
      #expect(outcome[.control, 1, .wmo] == 10 && outcome[.control, 1, .intervention] == 0)
    }
  }
}
