package org.rehabpath.erasure;

/**
 * What an erasure removed, in numbers only: the answer names no person and no case.
 *
 * @param runtimeInstancesDeleted running process instances of the case deleted (the case and its phases)
 * @param historicInstancesDeleted process instances deleted from the history, with everything recorded in them
 * @param paymentsAnonymised work-grant payments kept under an anonymous token instead of the case reference
 * @param participantRecordAnonymised whether the participant record was reduced to its anonymous data
 * @param internshipPlaceFreed whether the case held a place at an internship site, now free again
 */
public record ErasureSummary(
    int runtimeInstancesDeleted,
    int historicInstancesDeleted,
    int paymentsAnonymised,
    boolean participantRecordAnonymised,
    boolean internshipPlaceFreed) {}
