package com.meike.privacy.api.partner;

import com.meike.privacy.api.security.Roles;
import com.meike.privacy.kernel.staff.StaffGroups;
import com.meike.privacy.partner.application.DeadLetterView;
import com.meike.privacy.partner.application.DeadLetters;
import com.meike.privacy.partner.application.PartnerMessageView;
import com.meike.privacy.partner.application.PartnerMessages;
import com.meike.privacy.partner.application.RejectedReplyView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Messages to partners as operations follow them up (PTN-4): what is still unacknowledged, what a
 * partner reported failed and why, the replies refused on the partners' {@code
 * partner.<id>.inbound}, and what lies in the DLQ (poison messages after their bounded
 * redeliveries). No payload and no person appears here.
 */
@Path("partner-messages")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({StaffGroups.OPERATIONS, Roles.PRIVACY_OFFICER})
public class PartnerMessagesResource {

  @Inject PartnerMessages messages;
  @Inject DeadLetters deadLetters;

  @GET
  public List<PartnerMessageView> inState(
      @QueryParam("state") @DefaultValue("unacknowledged") String state) {
    return messages.inState(state);
  }

  @GET
  @Path("rejected-replies")
  public List<RejectedReplyView> rejectedReplies() {
    return messages.rejectedReplies();
  }

  @GET
  @Path("dead-letters")
  public List<DeadLetterView> deadLetters() {
    return deadLetters.deadLetters();
  }
}
