package kr.cjournal.newsroom;

import kr.cjournal.support.NewsroomAppTest;
import kr.cjournal.support.OnPostgres;

@NewsroomAppTest
@OnPostgres
class ArticlesPostgresIntegrationTests extends ArticlesContract {
}
