/**
 * The shared kernel: what every module uses and that depends on no module.
 * {@link kr.cjournal.core.Kst} gives times as Korean readers and staff read them (always KST,
 * whatever the server's zone); {@link kr.cjournal.core.Refusal} is a refused request with its
 * Korean reason and status; {@link kr.cjournal.core.FieldErrors} collects what is wrong with a
 * form, field by field; {@link kr.cjournal.core.Page} and {@link kr.cjournal.core.PageNumber} are
 * one page of a long list and its checked {@code ?page=}; {@link kr.cjournal.core.StaffController} marks the controllers whose pages
 * are staff pages. It is an open module, so any module may use all of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Core", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kr.cjournal.core;
