package kr.cjournal.accounts;

@AccountsServerTest
class StaffSignInH2IntegrationTests extends StaffSignInContract {
}
