/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // meike-privacy (issue 17): our custom script rewrites the notifications Tasklist shows so that
  // staff never read an engine code, a Java class name or a process definition id; task updates
  // leave out what the REST API cannot read back; "我的申请 My applications" shows an applicant their
  // recording-access applications, decisions and grant (read only, from /api with this sign-in);
  // a form's links under /api open in a new tab.
  customScripts: ['meike/humane-errors', 'meike/task-update', 'meike/my-applications', 'meike/form-links', 'meike/assigned-by-process'],
  // China time, written out (Tasklist shows times in the browser's zone: Asia/Shanghai for staff).
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY-MM-DD HH:mm:ss dddd',
    abbr: 'MM-DD HH:mm',
    short: 'YYYY-MM-DD'
  },
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
