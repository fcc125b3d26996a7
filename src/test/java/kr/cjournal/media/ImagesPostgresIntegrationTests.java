package kr.cjournal.media;

import kr.cjournal.support.NewsroomAppTest;
import kr.cjournal.support.OnPostgres;

@NewsroomAppTest
@OnPostgres
class ImagesPostgresIntegrationTests extends ImagesContract {
}
