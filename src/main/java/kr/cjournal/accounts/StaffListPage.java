package kr.cjournal.accounts;

import java.util.List;

/** Every staff member, for administrators. */
public record StaffListPage(List<StaffMember> members, String notice) {
}
