package com.meike.privacy.identity.application;

import java.util.Set;

/**
 * Raised (synchronously, in the directory's transaction) when the directory changed which of the
 * directory's groups ({@code StaffGroups.DIRECTORY_GROUPS}) {@code username} holds: the engine's
 * memberships follow, or the change rolls back.
 */
public record StaffGroupsChanged(String username, Set<String> directoryGroups) {}
