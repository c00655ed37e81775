package org.rehabpath.security;

/**
 * The grants a feature needs for its own processes, given to the staff groups at start-up beside the
 * base ones ({@link RolePermissions}): a feature says who may start or read its process, and the
 * security module need not know the feature.
 */
public interface RoleGrants {

  void grantTo(RolePermissions permissions);
}
