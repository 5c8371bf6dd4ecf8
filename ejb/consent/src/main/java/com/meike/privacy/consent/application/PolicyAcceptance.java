package com.meike.privacy.consent.application;

/**
 * Accepting the policy in force, which covers its necessary purposes only. Fields as in {@link
 * ConsentRequest}; an on-site notice is not a channel for it.
 */
public record PolicyAcceptance(String subject, String channel, String actedAs, String actor) {}
