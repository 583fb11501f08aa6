/**
 * Who may come in and how: form login with sessions for pages; HTTP Basic and personal
 * access tokens, stateless, for the JSON API; CSRF, security headers and a
 * Content-Security-Policy without inline scripts. Controllers receive the signed-in
 * {@link com.tasktable.users.CurrentUser} and its {@link com.tasktable.units.UnitScope}
 * as arguments.
 */
package com.tasktable.security;
