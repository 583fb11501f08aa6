/**
 * The screens every role starts from: a reporter's obligations for the current period, a
 * reviewer's units, an administrator's campaigns; and the unit page behind each of them.
 */
package com.tasktable.home;
