print('literal')
