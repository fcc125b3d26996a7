/**
 * The shared kernel: what every module uses and that depends on no module. Today that is
 * {@link kr.cjournal.core.Kst}, times as Korean readers and staff read them (always KST, whatever
 * the server's zone). It is an open module, so any module may use all of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Core", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kr.cjournal.core;
