/**
 * The notification context: tells a person something (a verification code, a policy change, a
 * complaint answer, an order push, later breach and shutdown notices) through the right channel —
 * push by the person's registered device, else SMS, or e-mail where the template says so — with
 * templates kept as data, the marketing consent respected, a record of every notice and its
 * delivery status from the partner's reply. Every notice leaves through the partner context's one
 * outbound service. Depends on consent, identity, incidents and partner (their ports and events);
 * none of them depends on it.
 */
package com.meike.privacy.notification;
