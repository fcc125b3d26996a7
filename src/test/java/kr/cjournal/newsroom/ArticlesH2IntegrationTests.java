package kr.cjournal.newsroom;

import kr.cjournal.support.NewsroomAppTest;

@NewsroomAppTest
class ArticlesH2IntegrationTests extends ArticlesContract {
}
