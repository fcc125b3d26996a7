package kr.cjournal.media;

import kr.cjournal.support.NewsroomAppTest;

@NewsroomAppTest
class ImagesH2IntegrationTests extends ImagesContract {
}
