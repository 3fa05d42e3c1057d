import Testing

@testable import CareSimCore

@Suite struct MonthlyStepperQualityOfLifeTests {
  /// The level's utility, less age and loneliness, plus participation (scaled by intensity) and
  /// volunteering.
  @Test func targetFollowsTheModelInAPage() {
    let parameters = TestScenarios.everyMechanism()
    let model = parameters.qualityOfLife
    TestScenarios.withStepper(parameters) { stepper in
      var state = TestScenarios.resident(at: 0, participation: .participating, lonely: true)
      state.isVolunteer = true
      let target = stepper.constants.qualityOfLifeTarget(
        state, utility: 0.8, ageInMonths: 75 * 12, serviceIntensity: 0.5)
      let expected =
        0.8 - model.ageDeclinePerYear * 10 - model.lonelinessDecrement
        + model.participationGain * 0.5 + model.volunteerGain
      #expect(abs(target - expected) < 1e-12)
      let adjusted = stepper.constants.adjustedQualityOfLife(0.5, towards: 0.9)
      #expect(abs(adjusted - (0.5 + model.adjustmentRate * 0.4)) < 1e-15)
    }
  }

  /// A uniform shock on [-a, a), a = sqrt(3) standard deviations.
  @Test func shockIsUniformWithTheScenarioStandardDeviation() {
    let parameters = TestScenarios.everyMechanism()
    let halfWidth = 3.0.squareRoot() * parameters.qualityOfLife.monthlyShockSD
    TestScenarios.withStepper(parameters) { stepper in
      #expect(stepper.constants.qualityOfLifeShock(0) == -halfWidth)
      #expect(stepper.constants.qualityOfLifeShock(0.5) == 0)
      #expect(abs(stepper.constants.qualityOfLifeShock(1) - halfWidth) < 1e-15)
    }
  }

  @Test func aScoreBelowTheMinimumForLivingAtHomeAdmits() {
    var parameters = TestScenarios.everyMechanism()
    parameters.qualityOfLife.monthlyShockSD = 0
    parameters.qualityOfLife.minimumForLivingAtHome = 0.6
    parameters.careAtHome = nil
    let draws = StreamDraws(
      stream: RandomStreamKey(seed: 1, replication: 0, resident: 0), month: 0)
    TestScenarios.withStepper(parameters) { stepper in
      var low = TestScenarios.resident(at: 2, qualityOfLife: 0.2)
      let level = stepper.moveQualityOfLife(
        &low, level: 2, from: 2, ageInMonths: 65 * 12, intensity: 0, draws: draws)
      #expect(level == 3 && low.needLevel == 3)
      var high = TestScenarios.resident(at: 0, qualityOfLife: 0.9)
      let stays = stepper.moveQualityOfLife(
        &high, level: 0, from: 0, ageInMonths: 65 * 12, intensity: 0, draws: draws)
      #expect(stays == 0 && high.needLevel == 0)
    }
    // Below the minimum, a resident who chooses the Wlz's care at home stays at home at its
    // level, where a score below the minimum admits nobody.
    parameters.careAtHome = CareAtHome(level: 2, share: 1)
    TestScenarios.withStepper(parameters) { stepper in
      var low = TestScenarios.resident(at: 1, qualityOfLife: 0.2)
      let level = stepper.moveQualityOfLife(
        &low, level: 1, from: 1, ageInMonths: 65 * 12, intensity: 0, draws: draws)
      #expect(level == 2 && low.needLevel == 2)
      let stays = stepper.moveQualityOfLife(
        &low, level: 2, from: 2, ageInMonths: 65 * 12, intensity: 0, draws: draws)
      #expect(stays == 2 && low.needLevel == 2)
    }
  }

  /// Where quality of life does not act, the month skips the target's terms, the shock and the
  /// minimum, and moves the score to the bits the whole model gives: a volunteer's gain, which no
  /// resident here earns, makes the model act without changing any of these residents' months.
  @Test func withoutQualityOfLifeTheScoreMovesAsTheWholeModelMovesIt() {
    var whole = TestScenarios.markov()
    whole.qualityOfLife.volunteerGain = 0.01
    withPlainAndActing(whole) { plainStepper, wholeStepper, draws in
      var generator = SplitMix64(seed: 5)
      for level in 0..<4 {
        for _ in 0..<1_000 {
          let score = Double(generator.next() >> 11) * 0x1.0p-53
          var fast = TestScenarios.resident(
            at: level, participation: .participating, lonely: true, qualityOfLife: score)
          var slow = fast
          let fastLevel = plainStepper.moveQualityOfLife(
            &fast, level: level, from: level, ageInMonths: 80 * 12, intensity: 1, draws: draws)
          let slowLevel = wholeStepper.moveQualityOfLife(
            &slow, level: level, from: level, ageInMonths: 80 * 12, intensity: 1, draws: draws)
          #expect(fastLevel == slowLevel && fast == slow, "level \(level), score \(score)")
        }
      }
    }
  }

  /// Each term of quality of life makes it act alone, and moves a resident it touches otherwise
  /// than the level's utility does: the month may skip the terms only where none is set.
  @Test(arguments: 0..<7)
  func eachTermMakesQualityOfLifeAct(term: Int) {
    var acting = TestScenarios.markov()
    var resident = TestScenarios.resident(at: 1, qualityOfLife: 0.5)
    switch term {
    case 0: acting.qualityOfLife.adjustmentRate = 0.5
    case 1: acting.qualityOfLife.monthlyShockSD = 0.05
    case 2: acting.qualityOfLife.ageDeclinePerYear = 0.01
    case 3:
      acting.qualityOfLife.lonelinessDecrement = 0.05
      resident.isLonely = true
    case 4:
      acting.qualityOfLife.participationGain = 0.05
      resident.participation = .participating
    case 5:
      acting.qualityOfLife.volunteerGain = 0.05
      resident.isVolunteer = true
    default: acting.qualityOfLife.minimumForLivingAtHome = 0.9
    }
    withPlainAndActing(acting) { plainStepper, actingStepper, draws in
      var plainState = resident
      var actingState = resident
      let plainLevel = plainStepper.moveQualityOfLife(
        &plainState, level: 1, from: 1, ageInMonths: 80 * 12, intensity: 1, draws: draws)
      let actingLevel = actingStepper.moveQualityOfLife(
        &actingState, level: 1, from: 1, ageInMonths: 80 * 12, intensity: 1, draws: draws)
      #expect(plainLevel != actingLevel || plainState != actingState, "term \(term)")
    }
  }

  /// Calls `body` with the steppers of the Markov case, where quality of life does not act, and
  /// of `acting`, where it does, and the draws of a resident's month.
  private func withPlainAndActing(
    _ acting: ScenarioParameters, _ body: (MonthlyStepper, MonthlyStepper, StreamDraws) -> Void
  ) {
    let draws = StreamDraws(
      stream: RandomStreamKey(seed: 1, replication: 0, resident: 0), month: 0)
    TestScenarios.withStepper(TestScenarios.markov()) { plainStepper in
      TestScenarios.withStepper(acting) { actingStepper in
        #expect(!plainStepper.constants.qualityOfLife.acts)
        #expect(actingStepper.constants.qualityOfLife.acts)
        body(plainStepper, actingStepper, draws)
      }
    }
  }

  @Test func theDeadTakeNoPartAndAnAdmissionEndsTheIntervention() {
    TestScenarios.withStepper { stepper in
      var dead = TestScenarios.resident(at: 4, participation: .participating)
      dead.isVolunteer = true
      var events = MonthlyEvents()
      stepper.die(&dead, wasAtHome: true, events: &events)
      #expect(!dead.isParticipating && !dead.isVolunteer && dead.qualityOfLife == 0)
      #expect(events.deaths == 1 && events.deathsInInstitution == 0)
      stepper.die(&dead, wasAtHome: false, events: &events)
      #expect(events.deaths == 2 && events.deathsInInstitution == 1)
      var admitted = TestScenarios.resident(at: 3, participation: .participating)
      admitted.servedLevel = 1
      stepper.enterInstitution(&admitted, wasAtHome: true, events: &events)
      #expect(!admitted.isParticipating && admitted.servedLevel == 3 && events.admissions == 1)
      stepper.enterInstitution(&admitted, wasAtHome: false, events: &events)
      #expect(events.admissions == 1)
    }
  }
}
