package com.meike.privacy.incidents.application;

/**
 * The privacy officer's decision on the notices (INC-1): whether the people concerned are told
 * individually (then the approved text: basic facts, likely impact, measures taken or planned, what
 * people can do, remedies), and whether a public announcement is made (where individual notice is
 * impractical, or for those a notice could not reach).
 */
public record NoticeDecision(
    Boolean notifyPeople,
    Boolean announce,
    String facts,
    String impact,
    String measures,
    String advice,
    String remedies) {}
